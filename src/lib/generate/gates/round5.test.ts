// Regression tests for the fifth round of blind ratings: one case per failure kind the raters
// named, on sentences written for these tests in the same shape (never the articles' own).
import { describe, expect, it } from 'vitest';
import { gateReason, type GateCandidate } from '.';

function cloze(prompt: string, answer: string): GateCandidate {
	return { type: 'cloze', prompt, answer, tags: ['person'] };
}
function question(prompt: string, answer = 'Dana Ortiz', type = 'mcq'): GateCandidate {
	return { type, prompt, answer, tags: ['person'] };
}
function statement(prompt: string): GateCandidate {
	return { type: 'truefalse', prompt, answer: 'true', tags: [] };
}

describe('vague: a reference with no referent in the question', () => {
	it('refuses "their", "the <thing>" and a possessive when the question names nothing', () => {
		expect(gateReason(question('What did the cyclists receive after the stage?'))).toMatch(/vague/);
		expect(gateReason(question('How much is the deal worth?', '$3bn', 'numeric'))).toMatch(/vague/);
		expect(gateReason(question("Who is the motion's sponsor?", 'Dana Ortiz', 'flashcard'))).toMatch(
			/vague/
		);
		expect(
			gateReason(
				question(
					'What did the minister say about their savings plans in Leeds?',
					'less',
					'flashcard'
				)
			)
		).toMatch(/vague/);
		// A name, a figure or a plural owner before "their" anchors the question.
		expect(gateReason(question('What did the Harbour Board approve in May?'))).toBeNull();
		expect(
			gateReason(question('How many nurses lost their jobs in Leeds?', '40', 'numeric'))
		).toBeNull();
	});

	it('refuses a bare "both" and a compass part of a place nobody names', () => {
		expect(gateReason(question('Who proposed merging both?'))).toMatch(/vague/);
		expect(
			gateReason(
				statement('Flooding closed two schools in the southwest suburbs of Brandt County.')
			)
		).toBeNull();
		expect(
			gateReason(statement('Ortiz said flooding closed two schools in the western suburbs.'))
		).toMatch(/vague/);
		expect(
			gateReason(statement('Israelis and Palestinians both live in the West Bank, Ortiz said.'))
		).toBeNull();
	});

	it('refuses a statement opening on a discourse connective', () => {
		expect(gateReason(statement('Therefore, Kestrel Mining will close its Pell mine.'))).toMatch(
			/connective/
		);
		expect(gateReason(statement('Kestrel Mining will close its Pell mine.'))).toBeNull();
	});

	it('refuses a card front that is a bare common word', () => {
		expect(gateReason(question('What is drought?', 'A long dry spell.', 'flashcard'))).toMatch(
			/bare common word/
		);
		expect(
			gateReason(question('What is the Pell Accord?', 'A trade pact.', 'flashcard'))
		).toBeNull();
	});
});

describe('vague: events, groups and parts the question never names', () => {
	it('refuses "the rally", "both storms" and "the northern part of the country"', () => {
		expect(
			gateReason(question('How many schools closed because of the strike?', '40', 'numeric'))
		).toMatch(/vague/);
		expect(gateReason(question('What did both storms destroy?', 'Crops.', 'flashcard'))).toMatch(
			/vague/
		);
		expect(
			gateReason(statement('Ortiz lives in a small town in the northern part of the country.'))
		).toMatch(/vague/);
		expect(
			gateReason(statement('Ortiz lives in a small town in the northern part of Brandt County.'))
		).toBeNull();
	});

	it('refuses "another" thing the article told of, and a first-person statement', () => {
		expect(
			gateReason(cloze('_____ will not be making another offer for Pell Mining.', 'Dana Ortiz'))
		).toMatch(/vague/);
		expect(
			gateReason(statement('Ortiz was praised by one councillor and criticised by another.'))
		).toBeNull();
		expect(gateReason(cloze("_____ believes it's about time.", 'Eli Shaw'))).toMatch(/vague/);
		expect(gateReason(cloze('_____ believes Pell Mining will close.', 'Eli Shaw'))).toBeNull();
		expect(gateReason(cloze('My first bike was built in _____ by hand.', 'Leeds'))).toMatch(
			/dangling start/
		);
		expect(gateReason(cloze('We will not sell _____ for any fee.', 'Eli Shaw'))).toMatch(
			/dangling start/
		);
	});

	it('refuses a statement that opens on "Then"', () => {
		expect(gateReason(statement('Then Ortiz scored 12 more in the third period.'))).toMatch(
			/connective/
		);
	});

	it('refuses a question that ends before its example', () => {
		expect(
			gateReason(question('Where has the debate on rent caps grown because of cases like?'))
		).toMatch(/before its example/);
	});
});

describe('trivial', () => {
	it('refuses a cloze on a dateline', () => {
		expect(
			gateReason(cloze('_____. CLOUD, Minn. (AP) - Two bridges reopened on Monday.', 'ST'))
		).toMatch(/dateline/);
		expect(gateReason(cloze('_____ reopened two bridges over the Elm River.', 'MNDOT'))).toBeNull();
	});

	it('refuses a blank that cuts a name in half', () => {
		expect(
			gateReason(cloze('The goal came from Luca De _____ in the 80th minute.', 'Rossi'))
		).toMatch(/name in half/);
		expect(
			gateReason(cloze("Brandt's budget memo was signed by R. _____ of the treasury.", 'Okafor'))
		).toMatch(/name in half/);
		expect(gateReason(cloze('Councillor Amy Hale-_____ opposed the budget.', 'Brook'))).toMatch(
			/name in half/
		);
		expect(
			gateReason(cloze("Brandt's budget memo was signed by _____ of the treasury.", 'Ruth Okafor'))
		).toBeNull();
	});

	it('refuses the title of a report as the answer', () => {
		expect(
			gateReason({
				type: 'cloze',
				prompt: 'Brandt\'s water agency published a report titled "_____" on Tuesday.',
				answer: 'Rivers at Risk',
				tags: ['term']
			})
		).toMatch(/title of a report/);
		expect(
			gateReason({
				type: 'cloze',
				prompt: "Brandt's findings appear in the _____ report, published every spring.",
				answer: 'State of the Forests',
				tags: ['term']
			})
		).toMatch(/title of a report/);
		// A virus, a ship or a storm called something is a name worth knowing.
		expect(
			gateReason({
				type: 'cloze',
				prompt: 'A computer worm called _____ spread through 4,000 school networks.',
				answer: 'Grendel',
				tags: ['term']
			})
		).toBeNull();
	});

	it('refuses a figure of speech and a near miss', () => {
		expect(
			gateReason({
				type: 'cloze',
				prompt: 'For Mayor Ortiz, _____ years in office feel more like 20.',
				answer: 'three',
				tags: ['quantity']
			})
		).toMatch(/figure of speech/);
		expect(
			gateReason(cloze('_____ almost scored before half-time for Dunmore Rovers.', 'Eli Shaw'))
		).toMatch(/near miss/);
		expect(
			gateReason(
				cloze('_____ hit the crossbar for Dunmore Rovers in the first minute.', 'Eli Shaw')
			)
		).toMatch(/near miss/);
		expect(
			gateReason(cloze('_____ scored twice for Dunmore Rovers in the final.', 'Eli Shaw'))
		).toBeNull();
	});
});

describe('ungrammatical', () => {
	it('refuses a question whose object was cut from its verb', () => {
		expect(
			gateReason(
				question('How much did related costs include to buy the Norde plant?', '$4m', 'numeric')
			)
		).toMatch(/object was cut/);
		expect(
			gateReason(question('How much did Norde pay for the plant?', '$4m', 'numeric'))
		).toBeNull();
	});

	it('refuses a question that ends on a participle', () => {
		expect(
			gateReason(question('What was the Norde chairman repeatedly stressing?', 'jobs', 'flashcard'))
		).toMatch(/participle/);
		expect(gateReason(question('Who paid for the new Norde building?'))).toBeNull();
	});

	it('refuses a blank that takes the tail of a name, and "a" before a name', () => {
		expect(
			gateReason(
				cloze(
					'Mara and Joe Quinn were married by a Justice of the _____ in Dover.',
					'Peace Mara Quinn'
				)
			)
		).toMatch(/tail of a name/);
		expect(
			gateReason(cloze("Norde's board installed a _____ as interim chief.", 'Okafor'))
		).toMatch(/article before a name/);
		expect(
			gateReason(cloze("Norde's board installed a _____ engineer as interim chief.", 'Siemens'))
		).toBeNull();
	});

	it('refuses "Who is" about a capitalised phrase that is no name', () => {
		expect(
			gateReason(question('Who is Lend Your Voice Ohio?', 'A campaign group.', 'flashcard'))
		).toMatch(/no name/);
		expect(gateReason(question('Who is Dana Ortiz?', 'Mayor of Brandt.', 'flashcard'))).toBeNull();
	});

	it('refuses an auxiliary before a participle copied from a typo', () => {
		expect(
			gateReason(cloze('The _____ are keen, with Ann Lu has saying voters are angry.', 'Greens'))
		).toMatch(/auxiliary/);
	});
});

describe('wrong: a claim stated as fact', () => {
	const sentence =
		'Lawyers for Ortiz argued that Brandt council had treated her unfairly over the permit.';
	it('refuses a statement of what one side argued, without the side', () => {
		expect(
			gateReason(statement('Brandt council had treated her unfairly over the permit.'), {
				sentence
			})
		).toMatch(/claim stated as fact/);
		expect(
			gateReason(
				statement(
					'Lawyers for Ortiz argued that Brandt council had treated her unfairly over the permit.'
				),
				{ sentence }
			)
		).toBeNull();
	});
});
