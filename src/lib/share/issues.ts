import * as v from 'valibot';

/** The first schema problem as one short line, e.g. `q.3.p: Invalid length: …`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	const [first] = issues;
	if (!first) return 'unknown problem';
	const path = v.getDotPath(first);
	return path ? `${path}: ${first.message}` : first.message;
}
