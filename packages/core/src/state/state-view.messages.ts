import { defineCatalogue } from '../i18n/catalogue.js';

// In every locale from the start, unlike most catalogues: "Laster …" is announced before any other
// strings could have been fetched.
export const stateMessages = defineCatalogue(
  {
    loading: 'Laster …',
    loaded: 'Innholdet er lastet.',
    partialHeading: 'Noe kunne ikke hentes',
    partialLoaded: 'Innholdet er lastet, men noe kunne ikke hentes.',
    errorHeading: 'Kunne ikke vise innholdet',
    inputProblems: 'Noe i dataene kunne ikke leses',
    retry: 'Prøv igjen',
    noSource: 'Ingen datakilde er koblet til ennå.',
  },
  {
    nn: {
      loading: 'Lastar …',
      loaded: 'Innhaldet er lasta.',
      partialHeading: 'Noko kunne ikkje hentast',
      partialLoaded: 'Innhaldet er lasta, men noko kunne ikkje hentast.',
      errorHeading: 'Kunne ikkje vise innhaldet',
      inputProblems: 'Noko i dataa kunne ikkje lesast',
      retry: 'Prøv igjen',
      noSource: 'Inga datakjelde er kopla til enno.',
    },
    en: {
      loading: 'Loading …',
      loaded: 'The content has loaded.',
      partialHeading: 'Some data could not be loaded',
      partialLoaded: 'The content has loaded, but some data could not be loaded.',
      errorHeading: 'Could not show the content',
      inputProblems: 'Some of the data could not be read',
      retry: 'Try again',
      noSource: 'No data source is connected yet.',
    },
  },
);

/** Said when a locale's strings could not be fetched, so the view is in bokmål. */
export const languageNotice = defineCatalogue(
  { fallback: 'Teksten kunne ikke hentes på valgt språk, så innholdet vises på bokmål.' },
  {
    nn: { fallback: 'Nynorsk tekst kunne ikkje hentast, så innhaldet blir vist på bokmål.' },
    en: { fallback: 'The English text could not be loaded, so the content is shown in Norwegian (bokmål).' },
  },
);
