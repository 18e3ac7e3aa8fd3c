// A small set with every question type and every awkward character, shared by the export tests.
import type { QuestionSet } from '$lib/types';

export const awkwardSet: QuestionSet = {
	id: 'troops',
	title: 'Troops: {North} ~ Korea',
	source: 'Example News',
	generatorVersion: 'test',
	sentences: [
		'North Korea sent 3,000 troops to Russia in January.',
		'The pact = "mutual aid" #1.',
		'Seoul is south of Pyongyang.'
	],
	questions: [
		{
			id: 'q1',
			type: 'mcq',
			prompt: 'Who sent troops to {Russia}?',
			answer: 'North Korea',
			options: ['South Korea', 'North Korea', 'China: PRC', 'a ~ b = c'],
			sourceSentence: 0,
			explanation: 'North Korea sent 3,000 troops to Russia in January.',
			tags: ['world news']
		},
		{
			id: 'q2',
			type: 'cloze',
			prompt: 'North Korea sent _____ troops\tto Russia.',
			answer: '3,000',
			accept: ['3000', 'three thousand'],
			sourceSentence: 0,
			explanation: 'North Korea sent 3,000 troops to Russia in January.'
		},
		{
			id: 'q3',
			type: 'truefalse',
			prompt: 'Seoul is north of Pyongyang.',
			answer: 'false',
			sourceSentence: 2,
			explanation: 'Seoul is south of Pyongyang.'
		},
		{
			id: 'q4',
			type: 'numeric',
			prompt: 'How many troops were sent in January?',
			answer: '3,000',
			sourceSentence: 0,
			explanation: 'North Korea sent 3,000 troops to Russia in January.'
		},
		{
			id: 'q5',
			type: 'flashcard',
			prompt: 'The pact\nwith a new line',
			answer: 'Mutual "aid" #1\\',
			sourceSentence: 1,
			explanation: 'The pact = "mutual aid" #1.'
		}
	]
};
