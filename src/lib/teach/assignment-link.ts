// The link a teacher hands out. Questions taken unchanged from a built-in set travel as a compact
// reference (every student's device holds that set), so even 20 questions with feedback make a
// QR code a phone reads from across a classroom; anything else travels in full. A class inbox,
// when the teacher adds one, follows the assignment's payload (see src/lib/share/inbox.ts).
import {
	assignmentPayloadUrl,
	assignmentUrl,
	encodeAssignmentReference,
	referenceFor,
	withInbox,
	type Inbox
} from '$lib/share';
import type { Assignment, QuestionSet } from '$lib/types';

/** The shortest link that opens this assignment on any student's device. */
export function assignmentLink(
	origin: string,
	assignment: Assignment,
	builtInSets: readonly QuestionSet[],
	inbox?: Inbox
): string {
	const link = shortestLink(origin, assignment, builtInSets);
	return inbox ? withInbox(link, inbox) : link;
}

function shortestLink(
	origin: string,
	assignment: Assignment,
	builtInSets: readonly QuestionSet[]
): string {
	for (const set of builtInSets) {
		const reference = referenceFor(assignment, set);
		if (reference) return assignmentPayloadUrl(origin, encodeAssignmentReference(reference));
	}
	return assignmentUrl(origin, assignment);
}
