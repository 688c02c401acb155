// The information questions of the proof, shared by the knowledge-base tests and the
// conversation tests through the real bot: question → expected entry, and questions the bot must
// not pretend to know (with the organisation it should name, if any).
export const ANSWERED: [question: string, entry: string][] = [
  ['Hoe vraag ik WW aan?', 'ww-aanvragen'],
  ['hoe kan ik een ww uitkering aanvragen', 'ww-aanvragen'],
  ['hoe vraag ik ww aaan', 'ww-aanvragen'], // typo
  ['How do I apply for unemployment benefit?', 'ww-aanvragen'],
  ['wat is een leerwerkloket?', 'leerwerkloket'],
  ['wat doet het leerwerklocket', 'leerwerkloket'], // typo
  ['What is a leerwerkloket?', 'leerwerkloket'],
  ['mag ik een opleiding volgen met bijstand?', 'opleiding-met-bijstand'],
  ['mag ik studeren met bijstnd?', 'opleiding-met-bijstand'], // typo
  ['Can I study while on social assistance?', 'opleiding-met-bijstand'],
  ['hoeveel uur mag ik werken naast mijn uitkering?', 'werken-naast-uitkering'],
  ['mag ik bijverdienen naast mijn uitkering', 'werken-naast-uitkering'],
  ['how many hours can I work next to my benefit?', 'werken-naast-uitkering'],
  ['mag ik een cursus volgen als ik ww heb', 'opleiding-met-ww'],
  ['betaalt het uwv mijn opleiding?', 'opleiding-met-ww'],
  ['moet ik solliciteren als ik ww heb?', 'sollicitatieplicht'],
  ['wat is de sollicitatie plicht', 'sollicitatieplicht'], // written apart
  ['wat is een ervaringscertificaat?', 'evc'],
  ['kan ik nog STAP budget aanvragen?', 'stap-budget'],
  ['Does STAP still exist?', 'stap-budget'],
  ['waar kan ik nederlands leren?', 'nederlands-leren'],
  ['moet ik inburgeren?', 'inburgering'],
  ['moet ik naar het uwv of naar de gemeente?', 'uwv-of-gemeente'],
  ['wat is een werkgeversservicepunt', 'werkgeversservicepunt'],
  ['wat is het werkcentrum?', 'werkcentrum'],
  ['wat is bijstand', 'bijstand-wat-is-het'],
  ['hoe vraag ik bijstand aan?', 'bijstand-aanvragen'],
  ['wat is het verschil tusen wga en iva', 'wia-wat-is-het'],
  ['wat doet een jobcoach?', 'jobcoach'],
  ['wat is de no-riskpolis?', 'no-riskpolis'],
  ['ik heb geen uitkering, kan ik toch hulp krijgen?', 'geen-uitkering-hulp'],
  ['mag mijn werkgever opleidingskosten van de transitievergoeding aftrekken?', 'transitievergoeding-opleiding'],
];

export const NOT_KNOWN: [question: string, organisation: RegExp | undefined][] = [
  ['hoeveel WW krijg ik precies?', /UWV/],
  ['wanneer wordt mijn uitkering gestort?', /UWV/],
  ['wat is de hoogte van de bijstand in 2027?', /gemeente/],
  ['mag ik naar Spanje verhuizen met WW?', /UWV/],
  ['mag ik op vakantie met ww?', /UWV/],
  ['how much bijstand will I get?', /gemeente/],
  ['wat is de hoofdstad van Frankrijk?', undefined],
  ['hoe laat is het?', undefined],
];
