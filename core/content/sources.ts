/**
 * Where the explainer's facts come from (see the brief's content.md). Metadata
 * only: staff see it, the About page lists it, and no patient ever follows a
 * link (the kiosk is offline). `year` is the year published or last updated as
 * recorded when the text was written; the clinical reviewer should confirm it
 * (the NHS pages are living pages: their year is the latest review we know of).
 */
import type { Source } from './schema';

export const SOURCES: Source[] = [
  {
    id: 'nih-ods-b12',
    publisher: 'NIH Office of Dietary Supplements',
    title: 'Vitamin B12: Fact Sheet for Health Professionals',
    url: 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/',
    year: 2024,
  },
  {
    id: 'nhs-b12-anaemia',
    publisher: 'NHS',
    title: 'Vitamin B12 or folate deficiency anaemia',
    url: 'https://www.nhs.uk/conditions/vitamin-b12-or-folate-deficiency-anaemia/',
    year: 2023,
  },
  {
    id: 'nhs-neuropathy',
    publisher: 'NHS',
    title: 'Peripheral neuropathy',
    url: 'https://www.nhs.uk/conditions/peripheral-neuropathy/',
    year: 2023,
  },
  {
    id: 'nice-ng239',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Vitamin B12 deficiency in over 16s: identification and management (NG239)',
    url: 'https://www.nice.org.uk/guidance/ng239',
    year: 2024,
  },
  {
    id: 'medlineplus-b12-test',
    publisher: 'MedlinePlus, US National Library of Medicine',
    title: 'Vitamin B12 Level',
    url: 'https://medlineplus.gov/lab-tests/vitamin-b12-level/',
    year: 2024,
  },
  {
    id: 'medlineplus-b12-anaemia',
    publisher: 'MedlinePlus, US National Library of Medicine',
    title: 'Anemia - B12 deficiency',
    url: 'https://medlineplus.gov/ency/article/000574.htm',
    year: 2024,
  },
  {
    id: 'mhra-metformin-2022',
    publisher: 'Medicines and Healthcare products Regulatory Agency (MHRA)',
    title: 'Drug Safety Update: Metformin and reduced vitamin B12 levels: new advice for monitoring patients at risk',
    url: 'https://www.gov.uk/drug-safety-update/metformin-and-reduced-vitamin-b12-levels-new-advice-for-monitoring-patients-at-risk',
    year: 2022,
  },
  {
    id: 'cochrane-cd004573',
    publisher: 'Cochrane Database of Systematic Reviews',
    title: 'Vitamin B for treating peripheral neuropathy (CD004573)',
    url: 'https://doi.org/10.1002/14651858.CD004573.pub3',
    year: 2008,
  },
  {
    id: 'cochrane-cd004655',
    publisher: 'Cochrane Database of Systematic Reviews',
    title: 'Oral vitamin B12 versus intramuscular vitamin B12 for vitamin B12 deficiency (CD004655)',
    url: 'https://doi.org/10.1002/14651858.CD004655.pub3',
    year: 2018,
  },
  {
    id: 'bmj-2024-q1019',
    publisher: 'BMJ',
    title: 'Vitamin B12 deficiency: NICE guideline summary. BMJ 2024;385:q1019',
    url: 'https://www.bmj.com/content/385/bmj.q1019',
    year: 2024,
  },
  {
    id: 'nhs-stroke',
    publisher: 'NHS',
    title: 'Stroke: symptoms',
    url: 'https://www.nhs.uk/conditions/stroke/symptoms/',
    year: 2024,
  },
  {
    id: 'nhs-guillain-barre',
    publisher: 'NHS',
    title: 'Guillain-Barré syndrome',
    url: 'https://www.nhs.uk/conditions/guillain-barre-syndrome/',
    year: 2024,
  },
  {
    id: 'nhs-cauda-equina',
    publisher: 'NHS',
    title: 'Cauda equina syndrome',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
    year: 2024,
  },
  {
    id: 'nhs-when-to-call-999',
    publisher: 'NHS',
    title: 'When to call 999',
    url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
    year: 2024,
  },
  {
    id: 'nhs-falls',
    publisher: 'NHS',
    title: 'Falls',
    url: 'https://www.nhs.uk/conditions/falls/',
    year: 2024,
  },
  {
    id: 'nice-ng19',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Diabetic foot problems: prevention and management (NG19)',
    url: 'https://www.nice.org.uk/guidance/ng19',
    year: 2019,
  },
  {
    id: 'aafp-2017',
    publisher: 'American Academy of Family Physicians (American Family Physician)',
    title: 'Vitamin B12 Deficiency: Recognition and Management',
    url: 'https://www.aafp.org/pubs/afp/issues/2017/0915/p384.html',
    year: 2017,
  },
];
