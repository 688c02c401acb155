// Personas with a diploma or career from abroad, or little Dutch.
import { OCC } from './occupations';
import { NO_BIJSTAND_INSTRUMENT, NO_UWV_INSTRUMENT, RE, routeTo, vacanciesFor } from './patterns';
import type { Persona } from './types';

export const NEWCOMERS: Persona[] = [
  {
    id: 'syrian-pharmacist-a2-bijstand',
    story:
      'Rana (42) was acht jaar apotheker in Aleppo. Haar diploma is in Nederland niet gewaardeerd. Ze heeft bijstand en spreekt Nederlands op A2. Ze vraagt zelf naar werk als apothekersassistent, om te beginnen in een apotheek en later misschien weer apotheker te worden.',
    profile: {
      birthYear: 1984,
      income: { situation: 'bijstand', since: '2022-03' },
      workHistory: [{ occupationUri: OCC.apotheker, title: 'apotheker in Syrië', years: 8, endYear: 2015, confirmed: true }],
      education: { level: 'wo', foreignDiploma: true },
      dutchLevel: 'A2',
      goals: { direction: 'similar', targetOccupationUris: [OCC.apothekersassistent], interests: 'apothekersassistent', training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'the pharmacy-assistant route she asked for', subject: /apothekersassistent/i }],
      must: [
        { what: 'diploma valuation (IDW)', text: RE.diplomaValuation },
        { what: 'BIG registration for apotheker', text: RE.big },
        { what: 'Dutch lessons (she is at A2)', text: RE.languageCourse },
      ],
      mustNot: [vacanciesFor(/apotheker\b/i, 'apotheker with an unrecognised diploma'), NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'teacher-from-abroad',
    story:
      'Oksana (39) was twaalf jaar lerares wiskunde op een middelbare school in Oekraïne. Ze heeft een universitair diploma, spreekt Nederlands op B1 en werkt nu als flexkracht in een kas. Ze wil weer lesgeven.',
    profile: {
      birthYear: 1987,
      income: { situation: 'flex', since: '2024-04' },
      workHistory: [{ occupationUri: OCC.leerkrachtWiskundeVo, title: 'lerares wiskunde middelbare school', years: 12, endYear: 2022, confirmed: true }],
      education: { level: 'wo', foreignDiploma: true },
      dutchLevel: 'B1',
      goals: { direction: 'same', targetOccupationUris: [OCC.leerkrachtWiskundeVo], training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'teaching maths with the recognition step', text: RE.teachingQualification }],
      must: [{ what: 'recognition of the foreign teaching diploma (DUO / IDW)', text: RE.teachingRecognition }],
      mustNot: [vacanciesFor(/leraar|leerkracht|docent/i, 'teaching without a recognised qualification'), NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'nurse-from-abroad',
    story:
      'Joseph (34) was verpleegkundige in een ziekenhuis in Nigeria. Hij woont twee jaar in Nederland, heeft bijstand en spreekt Nederlands op B1. Hij wil weer in de zorg werken en weet niet hoe hij zijn diploma laat erkennen.',
    profile: {
      birthYear: 1992,
      income: { situation: 'bijstand', since: '2025-01' },
      workHistory: [{ occupationUri: OCC.algemeenVerpleegkundige, title: 'verpleegkundige ziekenhuis', years: 7, endYear: 2024, confirmed: true }],
      education: { level: 'hbo', foreignDiploma: true },
      dutchLevel: 'B1',
      goals: { direction: 'same', targetOccupationUris: [OCC.algemeenVerpleegkundige], training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'nursing with the BIG recognition step', text: RE.big }],
      must: [{ what: 'a care job he can do while the BIG procedure runs (stepping stone)', subject: /verpleeghulp|verzorg|helpende|zorghulp|thuiszorg|woonbegeleider/i }],
      mustNot: [vacanciesFor(/verpleegkundige/i, 'nursing without BIG registration'), NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'lawyer-from-abroad',
    story:
      'Ahmad (45) was advocaat in Afghanistan. Hij heeft een universitair diploma in het recht, spreekt Nederlands op B1 en heeft bijstand. Hij weet dat hij hier niet zomaar advocaat kan zijn en zoekt iets juridisch op een lager niveau om mee te beginnen.',
    profile: {
      birthYear: 1981,
      income: { situation: 'bijstand', since: '2023-06' },
      workHistory: [{ occupationUri: OCC.advocaat, title: 'advocaat Kabul', years: 15, endYear: 2021, confirmed: true }],
      education: { level: 'wo', foreignDiploma: true },
      dutchLevel: 'B1',
      goals: { direction: 'similar', interests: 'juridisch werk', targetOccupationUris: [OCC.juridischAssistent], training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'a legal stepping stone (juridisch assistent, paralegal)', subject: /jurid|advocatenklerk|paralegal/i }],
      must: [{ what: 'diploma valuation (IDW)', text: RE.diplomaValuation }],
      mustNot: [
        vacanciesFor(/^advocaat$|aanklager|officier van justitie|rechter|notaris/i, 'a protected legal profession with a foreign law degree'),
        NO_UWV_INSTRUMENT,
      ],
    },
  },
  {
    id: 'bijstand-a1-dutch',
    story:
      'Abdi (31) kwam vier jaar geleden uit Somalië. Hij spreekt Nederlands op A1, heeft bijstand en deed in Somalië de basisschool. Hij heeft als bouwhelper gewerkt en wil graag werken en beter Nederlands leren.',
    profile: {
      birthYear: 1995,
      income: { situation: 'bijstand', since: '2022-11' },
      workHistory: [{ title: 'bouwhelper', years: 3, endYear: 2021 }],
      education: { level: 'primary', foreignDiploma: true },
      dutchLevel: 'A1',
      goals: { direction: 'unsure', training: { willing: true } },
    },
    expect: {
      mustTop3: [{ what: 'Dutch lessons via the gemeente', text: RE.languageCourse }],
      must: [{ what: 'gemeente re-integration help', provider: /gemeente/i }],
      mustNot: [
        NO_UWV_INSTRUMENT,
        { what: 'an mbo-4 course at A1 Dutch', kind: 'schooling', title: /niveau 4/i },
      ],
    },
  },
  {
    id: 'english-expat-partner',
    story:
      'Emily (35) came from Canada with her husband, who has a job here. She was a software developer for ten years, has a university degree and no Dutch yet. She has no benefit and wants a job in English while she learns Dutch.',
    locale: 'en',
    profile: {
      birthYear: 1991,
      income: { situation: 'none' },
      workHistory: [{ occupationUri: OCC.softwareOntwikkelaar, title: 'software developer', years: 10, endYear: 2026, confirmed: true }],
      education: { level: 'wo', foreignDiploma: true },
      dutchLevel: 'A0',
      goals: { direction: 'same', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'software work (her confirmed occupation)', subject: /software|ontwikkelaar|developer|ICT|programm/i }],
      must: [{ what: 'Dutch lessons', text: RE.dutchLessonsEn }],
      mustNot: [
        NO_UWV_INSTRUMENT,
        NO_BIJSTAND_INSTRUMENT,
        { what: 'Dutch text in an English answer', text: /\b(je|jij|jouw|vraag het|zoek vacatures|werk als)\b/i },
      ],
    },
  },
  {
    id: 'ukrainian-tester-flex',
    story:
      'Dmytro (28) werkt via een uitzendbureau in een distributiecentrum. In Oekraïne was hij software tester. Hij spreekt goed Engels en Nederlands op A2. Hij wil terug naar de ICT.',
    profile: {
      birthYear: 1998,
      income: { situation: 'flex', since: '2023-05' },
      workHistory: [
        { occupationUri: OCC.magazijnmedewerker, title: 'uitzendkracht magazijn', years: 3, endYear: 2026, confirmed: true },
        { occupationUri: OCC.softwareTester, title: 'software tester', years: 4, endYear: 2022, confirmed: true },
      ],
      education: { level: 'hbo', foreignDiploma: true },
      dutchLevel: 'A2',
      goals: { direction: 'new', interests: 'software testen, ICT', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'ICT / software testing', subject: /test|software|ICT|ontwikkel|helpdesk/i }],
      must: [{ what: 'diploma valuation for his foreign hbo', text: RE.diplomaValuation }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'eritrean-welder-mbo-abroad',
    story:
      'Yonas (30) is statushouder uit Eritrea en zit nog in de inburgering (Nederlands A2). Hij heeft bijstand. In Eritrea deed hij een technische vakopleiding en werkte hij vijf jaar als lasser. Hij wil weer lassen.',
    profile: {
      birthYear: 1996,
      income: { situation: 'bijstand', since: '2024-08' },
      workHistory: [{ occupationUri: OCC.lasser, title: 'lasser', years: 5, endYear: 2022, confirmed: true }],
      education: { level: 'mbo-3', foreignDiploma: true },
      dutchLevel: 'A2',
      goals: { direction: 'same', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'welding (his confirmed work)', subject: /lass/i }],
      must: [
        { what: 'valuation of his foreign vocational diploma (IDW / SBB)', text: /\bIDW\b|diplomawaardering|\bSBB\b|s-bb|erkenning/i },
        { what: 'Dutch lessons or combining inburgering and work', text: RE.languageCourse },
      ],
      mustNot: [NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'dentist-abroad-wants-assistant',
    story:
      'Leila (37) was tandarts in Iran. Ze heeft bijstand, spreekt Nederlands op B1 en wil eerst als tandartsassistent werken terwijl ze uitzoekt of ze weer tandarts kan worden.',
    profile: {
      birthYear: 1989,
      income: { situation: 'bijstand', since: '2024-02' },
      workHistory: [{ title: 'tandarts in Iran', years: 9, endYear: 2022 }],
      education: { level: 'wo', foreignDiploma: true },
      dutchLevel: 'B1',
      goals: { direction: 'similar', targetOccupationUris: [OCC.tandartsassistent], training: { willing: true, maxMonths: 18 } },
    },
    expect: {
      mustTop3: [{ what: 'tandartsassistent, the route she asked for', subject: /tandartsassistent/i }],
      must: [{ what: 'BIG registration for dentists from abroad', text: RE.big }],
      mustNot: [vacanciesFor(/^tandarts$|mondhygi/i, 'a BIG profession without registration'), NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'refugee-care-wish-a2',
    story:
      'Amina (27) komt uit Sudan en spreekt Nederlands op A2. Ze heeft bijstand, geen diploma en heeft voor haar familie gezorgd. Ze wil in de zorg werken, in een verpleeghuis.',
    profile: {
      birthYear: 1999,
      income: { situation: 'bijstand', since: '2025-03' },
      workHistory: [],
      education: { level: 'primary', foreignDiploma: true },
      dutchLevel: 'A2',
      goals: { direction: 'new', interests: 'zorg voor ouderen in een verpleeghuis', training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [routeTo(RE.care, 'a care route (helpende, verzorgende) with schooling')],
      must: [{ what: 'Dutch lessons', text: RE.languageCourse }],
      mustNot: [NO_UWV_INSTRUMENT, { what: 'nursing vacancies without any diploma', subject: /verpleegkundige/i, nextStep: RE.vacancySearch }],
    },
  },
];
