package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIndexCommandTest {
    @TempDir
    Path temp;

    private int bench(CliConsole cli, String warmupRounds, String rounds) {
        return cli.run(
                "--home",
                temp.resolve("home").toString(),
                "--model-dir",
                TestData.fixtureModel().toString(),
                "bench",
                "index",
                "--json",
                "--images",
                "4",
                "--size",
                "400x300",
                "--seconds",
                "0.05",
                "--warmup-rounds",
                warmupRounds,
                "--rounds",
                rounds,
                "--work-dir",
                temp.resolve("work").toString());
    }

    private JsonNode benchResult(String warmupRounds, String rounds) throws Exception {
        CliConsole cli = new CliConsole();
        assertThat(bench(cli, warmupRounds, rounds)).as(cli.err()).isZero();
        return Json.mapper().readTree(cli.out().strip());
    }

    @Test
    void eachRoundMeasuresTheStagesThenThePipelineAndTheLineGivesTheirMedians() throws Exception {
        JsonNode result = benchResult("0", "2");
        assertThat(result.get("embedded").asLong()).isEqualTo(4);
        JsonNode rounds = result.get("rounds");
        assertThat(rounds).hasSize(2);
        for (JsonNode round : rounds) {
            double bound = 1
                    / (1 / round.get("decode_images_per_s").asDouble()
                            + 1 / round.get("preprocess_images_per_s").asDouble()
                            + 1 / round.get("encode_images_per_s").asDouble());
            assertThat(round.get("stage_bound_images_per_s").asDouble()).isCloseTo(bound, within(bound));
            assertThat(round.get("end_to_end_vs_bound").asDouble())
                    .isCloseTo(round.get("images_per_s").asDouble() / bound, within(1));
            double stagesCpu = round.get("decode_cpu_ms_per_image").asDouble()
                    + round.get("preprocess_cpu_ms_per_image").asDouble()
                    + round.get("encode_cpu_ms_per_image").asDouble();
            assertThat(round.get("cpu_share").asDouble())
                    .isCloseTo(stagesCpu / round.get("cpu_ms_per_image").asDouble(), within(1));
        }
        // Two rounds: the median is their mean.
        for (String figure : new String[] {"end_to_end_vs_bound", "cpu_share", "images_per_s"}) {
            double mean = (rounds.get(0).get(figure).asDouble()
                            + rounds.get(1).get(figure).asDouble())
                    / 2;
            assertThat(result.get(figure).asDouble()).as(figure).isCloseTo(mean, within(mean));
        }
        assertThat(result.get("peak_rss_mb").asDouble())
                .isEqualTo(Math.max(
                        rounds.get(0).get("peak_rss_mb").asDouble(),
                        rounds.get(1).get("peak_rss_mb").asDouble()));
    }

    @Test
    void noRoundsIsAUsageError() {
        CliConsole cli = new CliConsole();
        assertThat(bench(cli, "2", "0")).isNotZero();
        assertThat(cli.err()).contains("--rounds");
    }

    @Test
    void warmUpRoundsAreReportedApartAndTheOneWarmUpShareIsTheMedianOfTheFirstRounds() throws Exception {
        JsonNode result = benchResult("1", "2");
        assertThat(result.get("warmup_runs").asInt()).isEqualTo(2);
        JsonNode warmup = result.get("warmup_rounds");
        JsonNode rounds = result.get("rounds");
        assertThat(warmup).hasSize(1);
        assertThat(rounds).hasSize(2);
        for (String figure : new String[] {"end_to_end_vs_bound", "cpu_share"}) {
            double counted = (rounds.get(0).get(figure).asDouble()
                            + rounds.get(1).get(figure).asDouble())
                    / 2;
            double oneWarmup = (warmup.get(0).get(figure).asDouble()
                            + rounds.get(0).get(figure).asDouble())
                    / 2;
            assertThat(result.get(figure).asDouble()).as(figure).isCloseTo(counted, within(counted));
            assertThat(result.get("one_warmup_" + figure).asDouble())
                    .as(figure)
                    .isCloseTo(oneWarmup, within(oneWarmup));
        }
        for (JsonNode round : rounds) {
            assertThat(round.get("jit_compile_ms").asDouble()).isNotNegative();
        }
    }

    @Test
    void negativeWarmUpIsAUsageError() {
        CliConsole cli = new CliConsole();
        assertThat(bench(cli, "-1", "2")).isNotZero();
        assertThat(cli.err()).contains("--warmup-rounds");
    }

    /** Figures computed from the same doubles, in another order: equal but for the last bits. */
    private static org.assertj.core.data.Offset<Double> within(double scale) {
        return org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(scale)));
    }
}
