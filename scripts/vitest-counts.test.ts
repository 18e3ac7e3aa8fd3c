import { describe, expect, it } from 'vitest';
import { vitestTotals } from './vitest-counts.js';

describe('vitestTotals', () => {
	it('counts a failing test once, not once more per enclosing suite', () => {
		const report = {
			numPassedTests: 1427,
			numFailedTests: 1,
			numFailedTestSuites: 2,
			testResults: [
				{ status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
				{ status: 'passed', assertionResults: [{ status: 'passed' }] }
			]
		};
		expect(vitestTotals(report)).toEqual({ passed: 1427, failed: 1 });
	});

	it('counts a test file that failed without a failing test (it did not load)', () => {
		const report = {
			numPassedTests: 10,
			numFailedTests: 0,
			numFailedTestSuites: 1,
			testResults: [{ status: 'failed', assertionResults: [] }]
		};
		expect(vitestTotals(report)).toEqual({ passed: 10, failed: 1 });
	});
});
