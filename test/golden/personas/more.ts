// Further situations: several barriers, older seekers, shortage trades, hours and travel.
import { OCC } from './occupations';
import { NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT, NO_HEAVY_WORK, NO_UWV_INSTRUMENT, RE, routeTo } from './patterns';
import type { Persona } from './types';

export const MORE: Persona[] = [
  {
    id: 'bijstand-debts-housing-complex',
    story:
      'Patrick (41) heeft bijstand, schulden en woont tijdelijk bij een vriend omdat hij uit zijn huis is gezet. Hij werkte als kok. Hij wil werken, maar heeft eerst rust nodig.',
    profile: {
      birthYear: 1985,
      income: { situation: 'bijstand', since: '2024-04' },
      workHistory: [{ occupationUri: OCC.kok, title: 'kok restaurant', years: 10, endYear: 2023, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      barriers: ['debts', 'housing'],
      goals: { direction: 'unsure', training: { willing: true } },
    },
    expect: {
      complex: true,
      must: [{ what: 'help with debts', text: RE.debtHelp }, { what: 'gemeente re-integration help', provider: /gemeente/i }],
      mustNot: [NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'truck-driver-licence-lost-medical',
    story:
      'Erik (55) was 30 jaar vrachtwagenchauffeur. Door suikerziekte mag hij geen vrachtwagen meer rijden. Hij heeft WW en wil iets in de logistiek waarbij hij niet hoeft te rijden.',
    profile: {
      birthYear: 1971,
      income: { situation: 'ww', since: '2026-05' },
      workHistory: [{ occupationUri: OCC.vrachtwagenchauffeur, title: 'vrachtwagenchauffeur', years: 30, endYear: 2026, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      drivingLicence: true,
      limits: { words: 'mag geen vrachtwagen meer rijden (medisch)' },
      barriers: ['health'],
      goals: { direction: 'new', interests: 'logistiek zonder rijden, planning', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'logistics work without driving (planning, expeditie)', subject: /planner|planning|logistiek|expeditie|transport/i }],
      must: [{ what: 'UWV help for someone on WW', provider: /\bUWV\b/ }],
      mustNot: [
        { what: 'driving a truck or bus again', subject: /vrachtwagen|buschauffeur|touringcar/i },
        { what: 'a driving job for someone who wants work without driving', kind: 'job-direction', subject: RE.driving },
        NOT_TO_GEMEENTE_FOR_WW,
      ],
    },
  },
  {
    id: 'solar-installer-wish-flex',
    story:
      'Ruben (27) werkt via een uitzendbureau als productiemedewerker. Hij wil zonnepanelen leren leggen en zoekt een BBL-plek. Hij heeft mbo-2 en rijbewijs.',
    profile: {
      birthYear: 1999,
      income: { situation: 'flex', since: '2023-02' },
      workHistory: [{ occupationUri: OCC.productiemedewerker, title: 'productiemedewerker', years: 4, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      drivingLicence: true,
      goals: { direction: 'new', targetOccupationUris: [OCC.monteurZonnepanelen], training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'solar panel installer (his named wish)', subject: /zonne|solar|elektr|install/i }],
      must: [routeTo(/zonne|elektr|install/i, 'the schooling step (BBL) toward solar work', 'schooling')],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'older-ww-no-training-same-work',
    story:
      'Wim (60) was 35 jaar postbode en heeft sinds kort WW. Hij wil geen opleiding meer, maar gewoon weer bezorgen of iets vergelijkbaars, buiten en in beweging.',
    profile: {
      birthYear: 1966,
      income: { situation: 'ww', since: '2026-09' },
      workHistory: [{ occupationUri: OCC.postbode, title: 'postbode', years: 35, endYear: 2026, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      drivingLicence: true,
      goals: { direction: 'same', training: { willing: false } },
    },
    expect: {
      mustTop3: [{ what: 'postbode or similar delivery work', kind: 'job-direction', subject: /post|bezorg|koerier/i }],
      mustNot: [{ what: 'schooling for someone who does not want to learn', kind: 'schooling' }, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'part-time-12-hours-caregiver',
    story:
      'Sevda (50) zorgt voor haar man die ernstig ziek is en heeft bijstand. Ze kan maar 12 uur per week werken, alleen overdag. Ze werkte vroeger in de huishoudelijke dienst van een hotel.',
    profile: {
      birthYear: 1976,
      income: { situation: 'bijstand', since: '2021-01' },
      workHistory: [{ occupationUri: OCC.medewerkerHuishoudelijkeDienst, title: 'huishoudelijke dienst hotel', years: 9, endYear: 2019, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'B1',
      limits: { times: 'daytime', words: 'mantelzorg, 12 uur' },
      barriers: ['care-duties'],
      goals: { direction: 'similar', hoursPerWeek: { max: 12 }, training: { willing: false } },
    },
    expect: {
      must: [{ what: 'gemeente help for someone on bijstand', provider: /gemeente/i }],
      mustNot: [
        { what: 'night or evening work for someone who only works daytime', subject: /nacht|avond|barman|barkeeper/i },
        { what: 'schooling for someone who does not want to learn', kind: 'schooling' },
        NO_UWV_INSTRUMENT,
      ],
    },
  },
  {
    id: 'engineer-abroad-english-ww',
    story:
      'Carlos (40) is a mechanical engineer from Spain. He worked four years for a Dutch company and now has WW. His Dutch is A2; he works in English. He wants another engineering job.',
    locale: 'en',
    profile: {
      birthYear: 1986,
      income: { situation: 'ww', since: '2026-08' },
      workHistory: [{ occupationUri: OCC.werktuigbouwkundigIngenieur, title: 'mechanical engineer', years: 14, endYear: 2026, confirmed: true }],
      education: { level: 'wo', foreignDiploma: true },
      dutchLevel: 'A2',
      goals: { direction: 'same', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'engineering work (his confirmed occupation)', subject: /ingenieur|engineer|werktuig/i }],
      must: [{ what: 'UWV for someone on WW', provider: /\bUWV\b/ }],
      mustNot: [
        NOT_TO_GEMEENTE_FOR_WW,
        { what: 'Dutch text in an English answer', text: /\b(je|jij|jouw|vraag het|zoek vacatures|werk als)\b/i },
      ],
    },
  },
  {
    id: 'animal-care-wish-none',
    story:
      'Iris (34) werkte als kapster en stopte vier jaar geleden door eczeem aan haar handen. Ze heeft geen uitkering; haar partner verdient. Ze wil met dieren werken, bijvoorbeeld in een dierenasiel of dierenpension.',
    profile: {
      birthYear: 1992,
      income: { situation: 'none' },
      workHistory: [{ occupationUri: OCC.kapper, title: 'kapster', years: 8, endYear: 2022, confirmed: true }],
      education: { level: 'mbo-3' },
      dutchLevel: 'native',
      limits: { words: 'eczeem aan de handen, geen natte handen' },
      barriers: ['health'],
      goals: { direction: 'new', interests: 'werken met dieren', training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'work with animals', subject: /dier|kennel|asiel/i }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT, { what: 'hairdressing again despite her eczema', kind: 'job-direction', subject: /kapper/i }],
      // Eczema limits some work; it does not put her in the banenafspraak target group by itself.
      mustNotTop3: [{ what: 'banenafspraak or loonkostensubsidie first, for a limit that does not stop her earning the minimum wage', text: /banenafspraak|loonkostensubsidie/i }],
    },
  },
  {
    id: 'security-guard-night-no-more',
    story:
      'Hans (57) werkte 20 jaar als beveiliger, vaak in nachtdiensten. Hij heeft WW en mag van de bedrijfsarts geen nachtdiensten meer doen. Hij zoekt dagwerk, bijvoorbeeld aan een receptie of als parkeercontroleur.',
    profile: {
      birthYear: 1969,
      income: { situation: 'ww', since: '2026-06' },
      workHistory: [{ occupationUri: OCC.beveiliger, title: 'beveiliger', years: 20, endYear: 2026, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      limits: { times: 'no-nights', words: 'geen nachtdiensten' },
      barriers: ['health'],
      goals: { direction: 'similar', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'day work close to security (receptie, toezicht, parkeercontrole)', subject: /recept|parkeer|toezicht|handhav|balie|conci|telefon|portier|beveilig/i }],
      mustNot: [{ what: 'night work', subject: /nacht/i }, NOT_TO_GEMEENTE_FOR_WW],
    },
  },
  {
    id: 'self-employed-hairdresser-wants-employment',
    story:
      'Naima (39) heeft een kapsalon aan huis, maar verdient te weinig. Ze wil in loondienst als kapster of in een salon, en zoekt hulp bij het vinden van een baan. Ze heeft geen uitkering.',
    profile: {
      birthYear: 1987,
      income: { situation: 'self-employed', since: '2018-05' },
      workHistory: [{ occupationUri: OCC.kapper, title: 'kapster eigen salon', years: 8, confirmed: true }],
      education: { level: 'mbo-3' },
      dutchLevel: 'native',
      goals: { direction: 'same', training: { willing: false } },
    },
    expect: {
      mustTop3: [{ what: 'hairdressing in employment', kind: 'job-direction', subject: /kapper/i }],
      must: [{ what: 'Bbz via the gemeente for a zzp\'er short of income', text: RE.bbz }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'heavy-construction-stukadoor-wga',
    story:
      'Ali (50) was stukadoor. Na een schouderoperatie heeft hij een WGA-uitkering en mag hij niet meer boven zijn schouders werken of zwaar tillen. Hij wil iets in de bouw blijven doen, bijvoorbeeld werkvoorbereiding of uitvoerder.',
    profile: {
      birthYear: 1976,
      income: { situation: 'wia', wiaType: 'wga', since: '2025-06' },
      workHistory: [{ occupationUri: OCC.stukadoor, title: 'stukadoor', years: 25, endYear: 2023, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      drivingLicence: true,
      limits: { noHeavyWork: true, words: 'schouder, niet boven schouders, niet tillen' },
      barriers: ['health'],
      goals: { direction: 'similar', interests: 'werkvoorbereider bouw', training: { willing: true, maxMonths: 18 } },
    },
    expect: {
      // Middenkaderfunctionaris Bouw (mbo 4, dossier Middenkader bouw en infra) is the course for werkvoorbereider and uitvoerder bouw.
      mustTop3: [{ what: 'light work in construction (werkvoorbereiding, uitvoering, calculatie)', subject: /werkvoorbereid|uitvoerder|middenkader|calculat|opzichter|bouwkund|planner|inspecteur/i }],
      must: [{ what: 'UWV support for WGA', provider: /\bUWV\b/ }],
      mustNot: [NO_HEAVY_WORK],
    },
  },
];

/** Controls: the recognition steps belong to foreign diplomas, not to everyone in a regulated field. */
export const CONTROLS: Persona[] = [
  {
    id: 'control-dutch-nurse-ww',
    story:
      'Eline (45) is verpleegkundige met een Nederlands hbo-diploma en een geldige BIG-registratie. Haar ziekenhuisafdeling is gesloten en ze heeft WW. Ze wil gewoon weer als verpleegkundige werken.',
    profile: {
      birthYear: 1981,
      income: { situation: 'ww', since: '2026-10' },
      workHistory: [{ occupationUri: OCC.algemeenVerpleegkundige, title: 'verpleegkundige ziekenhuis', years: 20, endYear: 2026, confirmed: true }],
      education: { level: 'hbo', foreignDiploma: false },
      dutchLevel: 'native',
      goals: { direction: 'same', training: { willing: false } },
    },
    expect: {
      mustTop3: [{ what: 'nursing vacancies (her own, registered profession)', kind: 'job-direction', subject: /verpleegkundige/i }],
      mustNot: [
        { what: 'diploma valuation for a Dutch diploma', text: RE.diplomaValuation },
        { what: 'Dutch lessons for a native speaker', text: RE.languageCourse },
        NOT_TO_GEMEENTE_FOR_WW,
      ],
    },
  },
  {
    id: 'control-dutch-teacher-employed',
    story:
      'Bart (50) is bevoegd leraar basisonderwijs met een Nederlandse pabo. Hij werkt, maar wil naar een andere school in de buurt. Hij wil geen opleiding.',
    profile: {
      birthYear: 1976,
      income: { situation: 'employed', since: '2001-08' },
      workHistory: [{ occupationUri: OCC.leraarBasisonderwijs, title: 'leraar basisschool', years: 25, confirmed: true }],
      education: { level: 'hbo' },
      dutchLevel: 'native',
      goals: { direction: 'same', training: { willing: false } },
    },
    expect: {
      mustTop3: [{ what: 'teaching in primary education', kind: 'job-direction', subject: /leraar basisonderwijs|leerkracht/i }],
      mustNot: [
        { what: 'diploma valuation for a Dutch diploma', text: RE.diplomaValuation },
        { what: 'zij-instroom for a qualified teacher', text: /zij-?instro/i },
        NO_UWV_INSTRUMENT,
        NO_BIJSTAND_INSTRUMENT,
      ],
    },
  },
];
