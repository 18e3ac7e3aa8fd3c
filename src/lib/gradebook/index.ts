export {
	addResult,
	addResultLinks,
	assignmentForResult,
	emptyGradebook,
	studentKey,
	type AddLinksReport,
	type AddResultOutcome,
	type Gradebook
} from './gradebook';
export { gradebookSummary, studentRows, type GradebookSummary, type StudentRow } from './students';
export {
	LOW_FACILITY,
	MIN_STUDENTS_FOR_DISCRIMINATION,
	pearson,
	questionStats,
	type QuestionFlag,
	type QuestionStat
} from './questions';
export { gradebookToCsv } from './csv';
export { addInboxDocuments, type InboxReport } from './inbox';
export {
	hardestQuestions,
	MAX_QUESTIONS_FOR_SCORE_BARS,
	mostCommonWrongAnswer,
	scoreDistribution,
	separation,
	type ScoreBin,
	type Separation
} from './report';
