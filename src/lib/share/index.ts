export {
	ASSIGNMENT_PATH,
	assignmentProblem,
	assignmentAsQuestionSet,
	assignmentQuestions,
	assignmentPayloadUrl,
	assignmentUrl,
	decodeAssignment,
	encodeAssignment,
	encodeAssignmentReference,
	referencedSet,
	toAssignmentQuestion
} from './assignment';
export { referenceFor } from './assignment-reference';
export {
	MAX_NAME_LENGTH,
	RESULT_PATH,
	decodeResult,
	encodeResult,
	normaliseStudentName,
	resultUrl
} from './result';
export { payloadFromLink, payloadsFromText } from './link';
export {
	SEQUENCE_QR_VERSION,
	SequenceCollector,
	isSequencePart,
	splitIntoParts,
	type SequenceStep
} from './code-sequence';
export { FORMAT_VERSION, MAX_INFLATED_BYTES, MAX_LINK_CHARS } from './envelope';
export { LIMITS as ASSIGNMENT_LIMITS } from './assignment-wire';
export {
	DEFAULT_QR_LEVEL,
	MAX_PRACTICAL_QR_VERSION,
	fitsProjectorQr,
	qrSvg,
	qrVersion,
	svgDataUrl,
	type QrErrorLevel
} from './qr';
export {
	createInboxKeys,
	importInboxKey,
	InboxPrivateKeySchema,
	type InboxKey,
	type InboxKeyPair,
	type InboxPrivateKey
} from './inbox-crypto';
export {
	MAX_INBOX_ADDRESS_CHARS,
	inboxFromLink,
	normaliseInboxAddress,
	withInbox,
	type Inbox,
	type LinkInbox
} from './inbox';
export {
	newAttemptId,
	openResultDocument,
	SealedResultDocumentSchema,
	sealResult,
	type OpenedDocument,
	type SealedResultDocument
} from './inbox-result';
export { deliverResultDocument, inboxErrorMessage, readInboxChanges } from './inbox-server';
