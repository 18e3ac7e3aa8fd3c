// What a vitest JSON report counts as passed and failed for the closing "N passed, N failed".
// A failing test counts once (not again for each describe block around it); a test file that
// failed without a failing test (it did not load, or a hook threw) counts as one failure.

/**
 * @param {{ numPassedTests: number, numFailedTests: number,
 *   testResults?: Array<{ status: string, assertionResults?: Array<{ status: string }> }> }} report
 */
export function vitestTotals(report) {
	const brokenFiles = (report.testResults ?? []).filter(
		(file) =>
			file.status === 'failed' &&
			!(file.assertionResults ?? []).some((test) => test.status === 'failed')
	).length;
	return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}
