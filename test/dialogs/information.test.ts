// Information questions through the real bot: the "Ik heb een vraag" route, a question typed at
// the menu, questions in the middle of the intake (answered, then the same question again), the
// honest "not sure", answers to the bot's own questions that look like questions, and English.
import { expect } from 'chai';
import { KnowledgeBase } from '../../src/knowledge';
import { buttons, Conversation, type Script, useSqliteDatabase } from '../helpers/conversation';
import { ANSWERED, NOT_KNOWN } from '../knowledge/questions';

const TO_SITUATION: Script['steps'] = [
  ['Ik zoek werk', /bewaren/],
  ['ja', /Stap 1 van 7[\s\S]*Wat past het best/],
];

const scripts: Script[] = [
  {
    name: 'the question route: answer with who decides and the source, another question, back to the menu without a second welcome',
    steps: [
      ['Ik heb een vraag', /Stel je vraag maar/],
      [
        'hoe vraag ik ww aan?',
        (replies, text) => {
          expect(text).to.match(/werk\.nl met je DigiD[\s\S]*UWV beslist[\s\S]*Wie beslist of het zeker weet: UWV\.\nBron: [^\n(]*\(https:\/\/www\.werk\.nl\/[\s\S]*Heb je nog een vraag\?/);
          expect(buttons(replies)).to.deep.equal(['Ik zoek werk', 'Terug naar het menu']);
        },
      ],
      ['wat doet het leerwerklocket', /gratis advies over leren en werken[\s\S]*leerwerkloket in je regio/],
      [
        'hoeveel WW krijg ik precies?',
        (replies, text) => {
          expect(text).to.match(/Dat weet ik niet zeker\. Ik wil je niets verkeerds vertellen\. Vraag het aan UWV/);
          expect(text).to.not.match(/\d+\s*%|€/);
          expect(buttons(replies)).to.include('Praten met een adviseur');
        },
      ],
      [
        'Terug naar het menu',
        (_replies, text) => {
          expect(text).to.match(/Zoek je werk, of ben je werkgever\?/);
          expect(text).to.not.match(/Ik ben Werkloket/);
        },
      ],
    ],
  },
  {
    name: "an answer's follow-up button starts the intake",
    steps: [
      ['Ik heb een vraag', /Stel je vraag/],
      ['ik heb geen uitkering, kan ik toch hulp krijgen?', /Ook zonder uitkering/],
      ['Ik zoek werk', /Mag ik je antwoorden bewaren\?/],
    ],
  },
  {
    name: '"nee" after an answer goes back to the menu; "ja" asks for the question',
    steps: [
      ['Ik heb een vraag', /Stel je vraag/],
      ['wat is een ervaringscertificaat?', /Erkenning van Verworven Competenties/],
      ['ja', /Typ je vraag maar/],
      ['moet ik inburgeren?', /DUO/],
      ['nee', /Zoek je werk, of ben je werkgever\?/],
    ],
  },
  {
    name: 'a question typed at the menu is answered, then the menu is offered again',
    steps: [
      ['mag ik een opleiding volgen met bijstand?', /toestemming van de gemeente[\s\S]*Wie beslist of het zeker weet: je gemeente[\s\S]*hieronder een keuze maken[\s\S]*Zoek je werk, of ben je werkgever\?/],
      ['Ik zoek werk', /bewaren/],
    ],
  },
  {
    name: 'a question in the middle of the intake is answered, and the intake goes on at the same question',
    steps: [
      ...TO_SITUATION,
      ['wat is het verschil tussen WGA en IVA?', /WGA \(je kunt nog een deel werken\)[\s\S]*Zullen we verder gaan met de vragen\?[\s\S]*Wat past het best/],
      ['ww', /Tot wanneer krijg je WW\?/],
      ['mag ik een cursus volgen als ik ww heb?', /toestemming aan UWV[\s\S]*Zullen we verder gaan met de vragen\?[\s\S]*Tot wanneer krijg je WW\?/],
      ['weet ik niet', /per maand/],
    ],
  },
  {
    name: 'a clear question the bot cannot answer: "not sure", who to ask, a person, and the same question again',
    steps: [...TO_SITUATION, ['wanneer wordt mijn uitkering gestort?', /Dat weet ik niet zeker[\s\S]*ik wil een mens spreken[\s\S]*Zullen we verder gaan met de vragen\?[\s\S]*Wat past het best/]],
  },
  {
    name: 'answers that look like questions still answer the question',
    steps: [
      ...TO_SITUATION,
      ['wat?', /begreep ik niet[\s\S]*Wat past het best/],
      ['wat bedoel je?', /WW is een uitkering van UWV[\s\S]*Wat past het best/],
      ['ww', /Tot wanneer/],
      ['weet ik niet', /per maand/],
      ['sla over', /laatst gedaan/],
      // Free text is expected here: a question the knowledge base cannot answer is read as the answer.
      ['kan ik ook iets met dieren doen?', (_replies, text) => expect(text).to.not.match(/weet ik niet zeker/)],
    ],
  },
  {
    name: 'in English: the question route and the answer in English',
    steps: [
      ['English please', /continue in English/],
      ['I have a question', /Ask your question/],
      ['How do I apply for WW?', /register as a job seeker on werk\.nl[\s\S]*UWV decides[\s\S]*Who decides or knows for sure: UWV/],
      ['how much bijstand will I get?', /I am not sure about that[\s\S]*your municipality/],
    ],
  },
];

describe('information questions, whole conversations (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();
  let kb: KnowledgeBase;
  before(async () => {
    kb = await KnowledgeBase.load();
  });

  for (const script of scripts) {
    it(script.name, async () => {
      const conversation = await Conversation.open(db());
      await conversation.start();
      await conversation.run(script.steps);
    });
  }

  it(`the ${ANSWERED.length} information questions get their expected answer through the bot, the ${NOT_KNOWN.length} unknown ones an honest "not sure"`, async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([['Ik heb een vraag', /Stel je vraag/]]);
    for (const [question, id] of ANSWERED) {
      const entry = kb.entries.find((e) => e.id === id)!;
      const text = (await conversation.say(question)).map((r) => r.text).join('\n');
      expect(text, question).to.include(entry.answer.nl);
      const result = kb.answer(question, 'nl');
      const source = 'entry' in result ? result.entry.sourceLinks[0] : undefined;
      expect(text, question).to.include(`Bron: ${source?.name} (${source?.url})`);
    }
    for (const [question] of NOT_KNOWN) {
      const text = (await conversation.say(question)).map((r) => r.text).join('\n');
      expect(text, question).to.match(/^Dat weet ik niet zeker/);
    }
  });
});
