// Small built-in lists for distractors when the document itself has too few of a kind.

export const COUNTRIES = (
	'Afghanistan|Algeria|Argentina|Australia|Austria|Bangladesh|Belarus|Belgium|Brazil|Bulgaria|' +
	'Canada|Chile|China|Colombia|Croatia|Cuba|Czech Republic|Denmark|Egypt|Estonia|Ethiopia|' +
	'Finland|France|Georgia|Germany|Greece|Hungary|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|' +
	'Japan|Jordan|Kazakhstan|Kenya|Latvia|Lebanon|Libya|Lithuania|Malaysia|Mexico|Moldova|' +
	'Mongolia|Morocco|Netherlands|New Zealand|Nigeria|North Korea|Norway|Pakistan|Peru|' +
	'Philippines|Poland|Portugal|Romania|Russia|Saudi Arabia|Serbia|Singapore|Slovakia|' +
	'South Africa|South Korea|Spain|Sudan|Sweden|Switzerland|Syria|Taiwan|Thailand|Turkey|' +
	'Ukraine|United Kingdom|United States|Venezuela|Vietnam|Yemen|Zimbabwe|' +
	// Historical states, so that "the Soviet Union" is a country and not an organisation.
	'Soviet Union|East Germany|West Germany|Czechoslovakia|Yugoslavia|Prussia|Ottoman Empire'
).split('|');

/** Countries a skimmer would find plausible anywhere, before the long tail. */
export const MAJOR_COUNTRIES = (
	'United States|China|Russia|India|Japan|Germany|France|United Kingdom|Brazil|Canada|Italy|' +
	'Spain|Mexico|South Korea|Australia|Turkey|Iran|Egypt|Poland|Ukraine'
).split('|');

/** Neighbours make better distractors than random countries. */
export const COUNTRY_NEIGHBOURS: Record<string, string[]> = {
	Russia: ['Belarus', 'Ukraine', 'Kazakhstan', 'China'],
	'North Korea': ['South Korea', 'China', 'Japan', 'Mongolia'],
	'South Korea': ['North Korea', 'Japan', 'China', 'Taiwan'],
	Ukraine: ['Poland', 'Belarus', 'Moldova', 'Romania'],
	China: ['Japan', 'India', 'Vietnam', 'Mongolia'],
	'United States': ['Canada', 'Mexico', 'United Kingdom', 'Australia'],
	France: ['Germany', 'Spain', 'Italy', 'Belgium'],
	Germany: ['France', 'Austria', 'Poland', 'Netherlands'],
	'United Kingdom': ['Ireland', 'France', 'Netherlands', 'Norway'],
	Iran: ['Iraq', 'Turkey', 'Pakistan', 'Syria'],
	Israel: ['Lebanon', 'Jordan', 'Egypt', 'Syria'],
	India: ['Pakistan', 'Bangladesh', 'China', 'Nepal'],
	'Soviet Union': ['United States', 'United Kingdom', 'France', 'China'],
	'East Germany': ['West Germany', 'Poland', 'Czechoslovakia', 'Austria']
};

/** Cities by region of the world: a distractor for Frankfurt should be Munich, not Nairobi. */
export const CITY_GROUPS: string[][] = [
	(
		'Amsterdam|Athens|Barcelona|Berlin|Brussels|Budapest|Copenhagen|Dublin|Frankfurt|Geneva|' +
		'Hamburg|Helsinki|Kharkiv|Kyiv|Lisbon|London|Lyon|Madrid|Milan|Minsk|Moscow|Munich|Odesa|' +
		'Oslo|Paris|Prague|Rome|Stockholm|Vienna|Warsaw|Zurich'
	).split('|'),
	(
		'Bangkok|Beijing|Delhi|Hanoi|Hong Kong|Jakarta|Manila|Mumbai|Pyongyang|Seoul|Shanghai|' +
		'Singapore|Taipei|Tokyo'
	).split('|'),
	(
		'Baltimore|Boston|Chicago|Houston|Los Angeles|Miami|Montreal|New York|Ottawa|Philadelphia|' +
		'Pittsburgh|San Francisco|Seattle|Toronto|Vancouver|Washington'
	).split('|'),
	'Bogota|Buenos Aires|Havana|Lima|Mexico City|Rio de Janeiro|Santiago|Sao Paulo'.split('|'),
	'Ankara|Baghdad|Beirut|Cairo|Istanbul|Jerusalem|Nairobi|Riyadh|Tehran|Lagos'.split('|'),
	'Auckland|Brisbane|Canberra|Melbourne|Perth|Sydney|Wellington'.split('|')
];

export const CITIES = CITY_GROUPS.flat();

/** Regions by country, for "Which region ..." distractors. */
export const REGIONS: Record<string, string[]> = {
	Russia: ['Kursk', 'Belgorod', 'Bryansk', 'Rostov', 'Voronezh', 'Smolensk'],
	Ukraine: ['Kharkiv', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Sumy'],
	'United States': ['Texas', 'California', 'Ohio', 'Florida', 'Georgia', 'Michigan'],
	France: ['Normandy', 'Brittany', 'Provence', 'Alsace', 'Burgundy'],
	China: ['Guangdong', 'Sichuan', 'Yunnan', 'Hubei', 'Xinjiang'],
	Italy: ['Tuscany', 'Lombardy', 'Sicily', 'Veneto', 'Piedmont']
};

export const CONTINENTS =
	'Africa|Antarctica|Asia|Australia|Europe|North America|South America'.split('|');
