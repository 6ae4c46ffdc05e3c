package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.indexer.Library;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "places",
        mixinStandardHelpOptions = true,
        description = {
            "The countries and cities the library's photos were taken in, with counts, from their GPS coordinates.",
            "Any of these names works in a search (\"beach in Kyoto\", \"Portugal\") and with --place."
        })
final class PlacesCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "Print one JSON array: countries with their cities.")
    boolean json;

    /** The JSON shape: a country, its photos, and its cities (photos far from any city count only for the country). */
    record Country(String countryCode, String country, long photos, List<City> cities) {}

    record City(String city, String region, long photos) {}

    @Override
    public Integer call() {
        List<Country> countries;
        try (Library library = Library.open(home().root())) {
            countries = library.placesByCountry().stream()
                    .map(country -> new Country(
                            country.countryCode(),
                            country.country(),
                            country.photos(),
                            country.cities().stream()
                                    .map(city -> new City(city.city(), city.region(), city.photos()))
                                    .toList()))
                    .toList();
        }
        if (json) {
            out().println(Json.line(countries));
        } else if (countries.isEmpty()) {
            err().println("No photo has a known place: none has GPS coordinates near land, or none is indexed yet.");
        } else {
            for (Country country : countries) {
                out().println(String.format(
                        Locale.ROOT, "%7d  %s (%s)", country.photos(), country.country(), country.countryCode()));
                for (City city : country.cities()) {
                    out().println(String.format(
                            Locale.ROOT,
                            "%7d    %s%s",
                            city.photos(),
                            city.city(),
                            city.region() == null ? "" : ", " + city.region()));
                }
            }
        }
        out().flush();
        err().flush();
        return FoveaCli.OK;
    }
}
