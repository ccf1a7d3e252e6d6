// The package's main entry loads all of its ~80 languages; index.js plus the thirteen Caravan
// speaks keeps the server lean and the list of languages explicit.
import countries from "i18n-iso-countries/index.js";
import ar from "i18n-iso-countries/langs/ar.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import he from "i18n-iso-countries/langs/he.json";
import ja from "i18n-iso-countries/langs/ja.json";
import ko from "i18n-iso-countries/langs/ko.json";
import ms from "i18n-iso-countries/langs/ms.json";
import pl from "i18n-iso-countries/langs/pl.json";
import pt from "i18n-iso-countries/langs/pt.json";
import ru from "i18n-iso-countries/langs/ru.json";
import uk from "i18n-iso-countries/langs/uk.json";
import zh from "i18n-iso-countries/langs/zh.json";

for (const data of [en, ar, zh, es, ru, fr, pl, uk, he, ja, ko, pt, ms]) countries.registerLocale(data);

/** A country's name in one of Caravan's languages; undefined for a language or code the package lacks. */
export function localisedCountryName(code: string, locale: string): string | undefined {
  return countries.getName(code, locale);
}
