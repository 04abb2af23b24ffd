// The app's own words in bokmål, nynorsk and English, and the page's language. The components and
// @samspill/smart's error messages come in the same three.
import { defineCatalogue, resolveLocale, type Locale } from '@samspill/core/data.js';

export const texts = defineCatalogue(
  {
    starting: 'Starter …',
    loading: 'Henter pasienten …',
    failed: 'Appen kunne ikke åpnes',
    errorCode: 'Feilkode',
    details: 'Detaljer for utviklere',
    patient: 'Pasient',
    age: 'Alder',
    unnamed: 'Navn mangler',
    noPatient: 'Ingen pasient er valgt. Start appen fra en pasient i journalen.',
  },
  {
    nn: {
      starting: 'Startar …',
      loading: 'Hentar pasienten …',
      failed: 'Appen kunne ikkje opnast',
      errorCode: 'Feilkode',
      details: 'Detaljar for utviklarar',
      patient: 'Pasient',
      age: 'Alder',
      unnamed: 'Namn manglar',
      noPatient: 'Ingen pasient er vald. Start appen frå ein pasient i journalen.',
    },
    en: {
      starting: 'Starting …',
      loading: 'Loading the patient …',
      failed: 'The app could not open',
      errorCode: 'Error code',
      details: 'Details for developers',
      patient: 'Patient',
      age: 'Age',
      unnamed: 'Name missing',
      noPatient: 'No patient is selected. Start the app from a patient in the health record.',
    },
  },
);

/**
 * The page's language: the EHR's once the launch says it (`session.context.locale`), else `?lang=` when a
 * link names one, else the browser's; bokmål otherwise.
 */
export function pageLocale(fromLaunch?: Locale): Locale {
  const locale =
    fromLaunch ?? resolveLocale(new URL(window.location.href).searchParams.get('lang') ?? navigator.language);
  document.documentElement.lang = locale;
  return locale;
}
