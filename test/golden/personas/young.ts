// Young people: startkwalificatie, RMC and jongerenloket, bijstand under 27, first jobs.
import { OCC } from './occupations';
import { NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT, NO_UWV_INSTRUMENT, RE, routeTo } from './patterns';
import type { Persona } from './types';

const YOUTH_ROUTE = { what: 'RMC / jongerenloket route toward a startkwalificatie', text: RE.youthRoute };

export const YOUNG: Persona[] = [
  {
    id: 'dropout-19-no-startkwalificatie',
    story:
      'Jayden (19) is vorig jaar gestopt met zijn mbo-2 opleiding. Hij heeft alleen een vmbo-diploma, geen werk en geen uitkering. Hij woont bij zijn moeder. Hij weet niet wat hij wil, misschien iets met auto\'s.',
    profile: {
      birthYear: 2007,
      income: { situation: 'none' },
      workHistory: [{ title: 'vakkenvuller bijbaan', years: 1, endYear: 2025 }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      drivingLicence: false,
      goals: { direction: 'unsure', interests: "iets met auto's", training: { willing: true } },
    },
    expect: {
      mustTop3: [YOUTH_ROUTE],
      must: [routeTo(/auto|motorvoertuig|mobiliteit/i, 'a BBL or mbo route toward cars', 'schooling')],
      mustNot: [
        NO_UWV_INSTRUMENT,
        NO_BIJSTAND_INSTRUMENT,
        { what: 'a job far above his level as "look for vacancies"', subject: /ingenieur|manager|directeur|analist|adviseur/i, nextStep: RE.vacancySearch },
      ],
    },
  },
  {
    id: 'dropout-17-left-school',
    story:
      'Noa (17) is van de havo af gegaan zonder diploma. Ze heeft geen werk. Ze wil geld verdienen en misschien later kapper worden.',
    profile: {
      birthYear: 2009,
      income: { situation: 'none' },
      workHistory: [],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      goals: { direction: 'new', targetOccupationUris: [OCC.kapper], training: { willing: true } },
    },
    expect: {
      mustTop3: [YOUTH_ROUTE],
      must: [{ what: 'the kapper route with its schooling', kind: 'schooling', subject: /kapper/i }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT, { what: 'a scheme with a minimum age of 18', text: /ontwikkeladvies/i }],
    },
  },
  {
    id: 'young-mbo2-has-startkwalificatie',
    story:
      'Kim (21) heeft een mbo-2 diploma als verkoopmedewerker en werkt via een uitzendbureau in een supermarkt. Ze wil een vaste baan in de detailhandel en misschien doorleren naar niveau 3.',
    profile: {
      birthYear: 2005,
      income: { situation: 'flex', since: '2024-07' },
      workHistory: [{ occupationUri: OCC.verkoopmedewerker, title: 'verkoopmedewerker', years: 2, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      goals: { direction: 'same', training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'retail work (her confirmed occupation)', subject: /verkoop|winkel|detailhandel|kassa/i }],
      mustNot: [
        { what: 'an RMC route for someone who already has a startkwalificatie', text: /\bRMC\b|startkwalificatie halen/i },
        NO_UWV_INSTRUMENT,
        NO_BIJSTAND_INSTRUMENT,
      ],
    },
  },
  {
    id: 'bijstand-under-27',
    story:
      'Mo (23) heeft net bijstand aangevraagd na een tijdelijk contract als bezorger. Hij heeft mbo-1 (entree). Hij wil graag de beveiliging in en heeft geen rijbewijs.',
    profile: {
      birthYear: 2003,
      income: { situation: 'bijstand', since: '2026-11' },
      workHistory: [{ title: 'bezorger maaltijden', years: 2, endYear: 2026 }],
      education: { level: 'mbo-1' },
      dutchLevel: 'native',
      drivingLicence: false,
      goals: { direction: 'new', targetOccupationUris: [OCC.beveiliger], training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'security work (his named wish) with the training', subject: /beveilig/i }],
      must: [{ what: 'gemeente help for someone on bijstand', provider: /gemeente/i }],
      mustNot: [NO_UWV_INSTRUMENT, { what: 'a driving job for someone without a licence', subject: RE.driving }],
    },
  },
  {
    id: 'adult-30-no-startkwalificatie',
    story:
      'Steven (30) heeft alleen vmbo en werkt al tien jaar als productiemedewerker via uitzendbureaus. Hij wil een mbo-diploma halen zodat hij meer kansen heeft.',
    profile: {
      birthYear: 1996,
      income: { situation: 'flex', since: '2016-09' },
      workHistory: [{ occupationUri: OCC.productiemedewerker, title: 'productiemedewerker', years: 10, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      goals: { direction: 'similar', training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      must: [{ what: 'an mbo schooling route', kind: 'schooling' }, { what: 'the leerwerkloket or EVC', text: /leerwerkloket|\bEVC\b|ervaringscertificaat|praktijkverklaring/i }],
      mustNot: [{ what: 'the RMC route for someone over 23', text: /\bRMC\b/ }, NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'hbo-dropout-22-bijstand',
    story:
      'Lotte (22) stopte met haar hbo-opleiding pedagogiek na twee jaar en heeft nu bijstand. Ze heeft havo. Ze wil met kinderen werken en zo snel mogelijk geld verdienen.',
    profile: {
      birthYear: 2004,
      income: { situation: 'bijstand', since: '2026-06' },
      workHistory: [{ title: 'oppas en stage kinderopvang', years: 1 }],
      education: { level: 'havo' },
      dutchLevel: 'native',
      goals: { direction: 'new', interests: 'werken met kinderen', start: 'now', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'work with children (kinderopvang, onderwijsassistent)', subject: /kinder|onderwijsassistent|pedagog|oppas/i }],
      must: [{ what: 'gemeente help for someone on bijstand', provider: /gemeente/i }],
      mustNot: [NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'young-wajong-first-job',
    story:
      'Daan (20) heeft Wajong door een lichte verstandelijke beperking. Hij deed praktijkonderwijs en liep stage bij een hovenier. Hij werkt graag buiten en wil een vaste plek met begeleiding.',
    profile: {
      birthYear: 2006,
      income: { situation: 'wajong', since: '2024-09' },
      workHistory: [{ occupationUri: OCC.hovenier, title: 'stage hovenier', years: 1, confirmed: true }],
      education: { level: 'none' },
      dutchLevel: 'B1',
      barriers: ['health'],
      goals: { direction: 'same', interests: 'buiten werken, groen', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'green work outdoors', subject: /hovenier|groen|tuin|kwek/i }],
      must: [{ what: 'Wajong support (jobcoach, banenafspraak)', provider: /\bUWV\b/, text: /jobcoach|banenafspraak|doelgroepregister|loondispensatie/i }],
      mustNot: [NO_BIJSTAND_INSTRUMENT, { what: 'a job far above his level as "look for vacancies"', subject: /ingenieur|botanicus|manager|bedrijfsleider/i }],
    },
  },
  {
    id: 'young-newcomer-18-school-age',
    story:
      'Hamid (18) kwam een jaar geleden uit Afghanistan en zit op de ISK (taalschool). Hij spreekt Nederlands op A2 en woont bij zijn oom. Hij wil monteur worden.',
    profile: {
      birthYear: 2008,
      income: { situation: 'none' },
      workHistory: [],
      education: { level: 'primary', foreignDiploma: true },
      dutchLevel: 'A2',
      goals: { direction: 'new', interests: 'monteur, techniek', training: { willing: true } },
    },
    expect: {
      must: [YOUTH_ROUTE, routeTo(/techn|monteur|install|elektr|mechan/i, 'a technical mbo route', 'schooling'), { what: 'Dutch lessons', text: RE.languageCourse }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT, { what: 'film editing for a technical "monteur" wish', subject: /film|video/i }],
    },
  },
  {
    id: 'young-ww-after-first-contract',
    story:
      'Sara (24) had een jaarcontract als doktersassistent dat niet is verlengd. Ze heeft nu WW en een mbo-4 diploma. Ze wil weer als doktersassistent werken, bij een huisarts of in een ziekenhuis.',
    profile: {
      birthYear: 2002,
      income: { situation: 'ww', since: '2026-10' },
      workHistory: [{ occupationUri: OCC.doktersassistent, title: 'doktersassistent', years: 2, endYear: 2026, confirmed: true }],
      education: { level: 'mbo-4' },
      dutchLevel: 'native',
      goals: { direction: 'same', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'doktersassistent again', kind: 'job-direction', subject: /doktersassistent/i }],
      mustNot: [NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT, { what: 'the RMC route for someone with mbo-4', text: /\bRMC\b/ }],
    },
  },
];

