// Sentences written for the time-sensitivity rule's tests, labelled by hand before the rule
// was written: `true` when the fact can change after the article's date, `false` when it
// cannot. Both lists were written before the rule; the rule was tuned on DEVELOPMENT only, so
// HELD_OUT's figures are the honest estimate.

export const DEVELOPMENT: readonly (readonly [string, boolean])[] = [
	// Time-sensitive: counts and totals, casualties, prices, rates, rankings, records, offices, "now".
	['North Korea has sent an additional 3,000 troops to Russia.', true],
	['The total number of North Korean troops in Russia is approximately 11,000.', true],
	['Roughly 4,000 of these soldiers have been killed or wounded in combat.', true],
	['About 400 North Korean soldiers had been killed and around 3,600 injured.', true],
	['The death toll from the earthquake has risen to 2,300.', true],
	['A litre of petrol now costs €1.85 in Germany.', true],
	['The price of gold reached $2,900 an ounce on Tuesday.', true],
	['The central bank held interest rates at 4.5%.', true],
	['Unemployment fell to 3.9 percent in January.', true],
	['Inflation in the euro area is running at 2.4%.', true],
	['Germany is the largest economy in Europe.', true],
	['The university is ranked first in the country for engineering.', true],
	['She holds the world record in the women’s marathon.', true],
	['Ukrainian President Volodymyr Zelensky condemned the strike.', true],
	['Kim Jong Un is the leader of North Korea.', true],
	['Sergei Shoigu is Secretary of Russia’s Security Council.', true],
	['The chief executive of the airline is Carsten Spohr.', true],
	['The rebels currently control the eastern half of the province.', true],
	['So far, more than 120 countries have signed up to the pledge.', true],
	['The latest survey puts support for the party at 31 percent.', true],
	['The company employs 12,000 people in six countries.', true],
	['The city has a population of about 2.1 million.', true],
	// Stable: start years, places, births, historical dates, definitions, physical facts.
	['The war in Ukraine began in February 2022.', false],
	['The Kursk region borders Ukraine.', false],
	['Kim Jong Un was born in 1984.', false],
	['The Battle of Hastings was fought in 1066.', false],
	['The Eiffel Tower was completed in 1889.', false],
	['Canberra is the capital of Australia.', false],
	['Mozart was born in Salzburg.', false],
	['The treaty was signed in Paris in 1951.', false],
	['Water boils at 100 degrees Celsius at sea level.', false],
	['The Danube flows into the Black Sea.', false],
	['The Berlin Wall fell on 9 November 1989.', false],
	['North Korea and Russia signed a defence pact last year.', false],
	['Russian forces launched a drone assault on Kharkiv.', false],
	['The company was founded in 1998 in a garage in California.', false],
	['Pyongyang is the capital of North Korea.', false],
	['Kharkiv is Ukraine’s second city, near the Russian border.', false],
	['The first modern Olympic Games were held in Athens in 1896.', false],
	['Photosynthesis turns light into chemical energy.', false],
	['Neil Armstrong walked on the Moon in July 1969.', false],
	['The pact includes provisions for immediate military assistance.', false]
];

export const HELD_OUT: readonly (readonly [string, boolean])[] = [
	['Around 1,500 people have been displaced by the floods.', true],
	['The euro is trading at 1.08 dollars.', true],
	['Tokyo remains the most populous metropolitan area in the world.', true],
	['Prime Minister Keir Starmer announced the plan on Monday.', true],
	['The governor has declared a state of emergency in three counties.', true],
	['Mortgage rates climbed to their highest level since 2008.', true],
	['At least 57 people have died in the fighting this week.', true],
	['The club now has 40,000 members.', true],
	['Tickets cost $25 for adults.', true],
	['The average rent in the capital is 1,400 pounds a month.', true],
	['The Amazon rainforest spans nine countries.', false],
	['The armistice was signed on 27 July 1953.', false],
	['Marie Curie was born in Warsaw in 1867.', false],
	['The bridge links the island to the mainland.', false],
	['The Titanic sank in April 1912.', false],
	['Lagos lies on the Gulf of Guinea.', false],
	['The museum opened its doors in 1793.', false],
	['The Magna Carta was sealed at Runnymede in 1215.', false],
	['The Moon orbits the Earth about once a month.', false],
	['The festival takes its name from a medieval legend.', false]
];
