// A preset deflate dictionary for assignment payloads: strings likely in any assignment (the wire
// form's keys, common English words, question phrasing), so even the first sentence of a link
// compresses as if the text had been seen before. Measured: ~10 % smaller payloads (5 mcq questions:
// 727 -> 627 bytes). Part of format 1: changing one byte breaks every link made before, so a new
// dictionary needs a new FORMAT_VERSION. Deflate codes near matches more cheaply, so the most
// likely strings come last.

const WORDS = `
 government official officials minister president leaders international national military
 forces troops soldiers economy economic percent million billion thousand hundred country
 countries region city capital company companies market prices report reported reports according
 agreement announced support including during against between because although however
 through after before since while about above below under among around across within without
 early late first second third last next year years month months week weeks day days
 January February March April May June July August September October November December
 Monday Tuesday Wednesday Thursday Friday Saturday Sunday
 north south east west northern southern eastern western United States Europe European
 people world water school students teacher history science number numbers percent
 would could should might must will shall can may also only even still just more most
 less least many much some other another such same each every both either neither
 which what who whom whose when where why how many much true false correct answer
 has have had having been being were was are is be do does did done not no yes
 this that these those there their them they then than its his her him she he we our you your
 from with into onto over for and the of to in on at by as or an a
 According to the article, `;

const SKELETON =
	'"},{"k":"c","i":"q","p":"","a":"","x":[""],"e":1},{"k":"t","i":"q","p":"","a":"true"},' +
	'{"k":"t","i":"q","p":"","a":"false"},{"k":"n","i":"q","p":"How many ","a":"1"},' +
	'{"k":"m","i":"q","p":" _____ ","a":0,"o":["","","",""],"e":1},{"k":"m","i":"q';

export const ASSIGNMENT_DICTIONARY = new TextEncoder().encode(
	WORDS.replace(/\s+/g, ' ') +
		'{"i":"","t":"","d":"2026-","p":60,"s":1,"f":"e","c":17,"q":[' +
		SKELETON
);
