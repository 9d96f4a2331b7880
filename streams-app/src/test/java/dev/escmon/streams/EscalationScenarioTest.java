package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Level;
import dev.escmon.avro.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation scenarios written as data: lines of "day hour outlet | text" (or "retract id"), run through the
 * whole topology with explicit event times; the assertions read the signals and alerts it produced.
 */
class EscalationScenarioTest {
    private static final Instant DAY0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final String[] FILLER = ("harbour council season market river valley weather transport school "
            + "festival budget museum railway bridge farmers coffee textile tourism rainfall highway election "
            + "hospital library stadium orchestra vineyard airport cement copper harvest census pension ferry "
            + "theatre bakery lighthouse tramway garden pottery glacier orchard canal mural").split(" ");
    private static final String STRIKE = "The United States struck CJNG camps.";
    private static final String THREAT = "Donald Trump threatened CJNG leaders.";
    private static final String COOPERATION = "Claudia Sheinbaum met with Donald Trump and signed an agreement with the United States.";

    @TempDir
    Path stateDir;

    private final List<TopologyTestDriver> drivers = new ArrayList<>();

    @AfterEach
    void close() {
        drivers.forEach(TopologyTestDriver::close);
    }

    /** What a scenario produced. */
    record Run(List<EscalationAlert> alerts, Map<String, EscalationSignal> signals) {
        List<String> transitions(String subject) {
            return alerts.stream().filter(a -> a.getSubject().equals(subject))
                    .map(a -> a.getFromLevel() + ">" + a.getToLevel()).toList();
        }

        Level maxLevel(String subject) {
            Level max = Level.NONE;
            for (EscalationAlert a : alerts) {
                if (a.getSubject().equals(subject) && a.getToLevel().ordinal() > max.ordinal()) {
                    max = a.getToLevel();
                }
            }
            return max;
        }
    }

    private Run run(List<String> scenario) {
        Topics topics = new Topics("");
        DictionaryHolder dictionary = TestDictionary.holder();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "scenario");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("d" + drivers.size()).toString());
        TopologyTestDriver driver = new TopologyTestDriver(EscalationTopology.build(topics, dictionary), props);
        drivers.add(driver);
        TestInputTopic<String, Article> articles = driver.createInputTopic(topics.articles().name(),
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer());
        TestOutputTopic<String, EscalationSignal> signals = driver.createOutputTopic(topics.signals().name(),
                topics.signals().keySerde().deserializer(), topics.signals().valueSerde().deserializer());
        TestOutputTopic<String, EscalationAlert> alerts = driver.createOutputTopic(topics.alerts().name(),
                topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
        Random random = new Random(99);
        int n = 0;
        for (String line : scenario) {
            if (line.startsWith("retract ")) {
                articles.pipeInput(line.substring(8), null, Instant.EPOCH);
                continue;
            }
            String[] head = line.split("\\|", 2)[0].trim().split("\\s+");
            String text = line.split("\\|", 2)[1].trim();
            Instant at = DAY0.plus(Duration.ofDays(Long.parseLong(head[0]))).plus(Duration.ofHours(Long.parseLong(head[1])));
            String id = head.length > 3 ? head[3] : "a" + n++;
            String body = text.startsWith("wire:") ? text.substring(5) : text + " " + filler(random);
            Article article = Article.newBuilder().setId(id).setUrl(null).setOutlet(head[2]).setTitle("")
                    .setBody(body).setLanguage("en").setPublishedAt(at).setIngestedAt(at)
                    .setAuthors(List.of()).setTags(List.of()).build();
            articles.pipeInput(id, article, at);
        }
        List<EscalationAlert> alertList = new ArrayList<>();
        for (TestRecord<String, EscalationAlert> r : alerts.readRecordsToList()) {
            alertList.add(r.value());
        }
        Map<String, EscalationSignal> latest = new LinkedHashMap<>(signals.readKeyValuesToMap());
        return new Run(alertList, latest);
    }

    /** Signals without their time fields and deleted keys. */
    private static Map<String, String> substance(Map<String, EscalationSignal> signals) {
        Map<String, String> out = new java.util.TreeMap<>();
        signals.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v.getLevel() + " z=" + v.getScore() + " x=" + v.getObserved() + " mean=" + v.getBaselineMean()
                        + " stories=" + v.getStories() + " sources=" + v.getSources() + " evidence=" + v.getEvidence());
            }
        });
        return out;
    }

    private static String filler(Random random) {
        StringBuilder out = new StringBuilder("Local coverage mentioned");
        for (int i = 0; i < 40; i++) {
            out.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
        }
        return out.append('.').toString();
    }

    /** Three calm weeks: one cooperative article a day, a mild threat every fifth day. */
    private static List<String> calmWeeks(int days) {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            lines.add(d + " 10 Wire | " + COOPERATION);
            if (d % 5 == 2) {
                lines.add(d + " 14 Ledger | " + THREAT);
            }
        }
        return lines;
    }

    @Test
    void shouldEscalateOnThreatsThenActionsAndComeBackDownWhenItCalms() {
        List<String> threats = new ArrayList<>(calmWeeks(21));
        threats.addAll(List.of("21 9 Wire | " + THREAT, "21 11 Ledger | " + THREAT, "21 15 Courier | " + THREAT));
        Run talk = run(threats);
        assertThat(talk.maxLevel("cjng")).isIn(Level.WATCH, Level.WARNING);

        List<String> s = new ArrayList<>(threats);
        s.addAll(List.of(
                "22 8 Wire | " + STRIKE, "22 9 Ledger | " + STRIKE, "22 10 Courier | " + STRIKE,
                "22 12 Diario | " + STRIKE, "22 14 Herald | " + STRIKE));
        for (int d = 23; d < 33; d++) {
            s.add(d + " 10 Wire | " + COOPERATION);
        }
        Run run = run(s);
        List<String> cjng = run.transitions("cjng");
        assertThat(run.maxLevel("cjng")).isEqualTo(Level.CRITICAL);
        assertThat(cjng.get(0)).startsWith("NONE>");
        assertThat(cjng.get(cjng.size() - 1)).endsWith(">NONE");
        // every alert starts where the previous one ended: exactly one record per level change
        Level last = Level.NONE;
        for (EscalationAlert a : run.alerts().stream().filter(a -> a.getSubject().equals("cjng")).toList()) {
            assertThat(a.getFromLevel()).isEqualTo(last);
            assertThat(a.getToLevel()).isNotEqualTo(a.getFromLevel());
            last = a.getToLevel();
        }
        EscalationAlert critical = run.alerts().stream().filter(a -> a.getToLevel() == Level.CRITICAL
                && a.getSubject().equals("cjng")).findFirst().orElseThrow();
        assertThat(critical.getEvidence()).isNotEmpty();
        assertThat(critical.getEvidence().get(0).getCueCode()).isEqualTo("18");
        assertThat(critical.getSources()).isGreaterThanOrEqualTo(3);
        assertThat(run.signals().get("cjng").getLevel()).isEqualTo(Level.NONE);
        assertThat(run.signals().get("usa>cjng").getKind()).isEqualTo("pair");
        assertThat(run.maxLevel("USA>MEX")).isGreaterThanOrEqualTo(Level.WARNING);
    }

    @Test
    void shouldStayQuietOnNoisyButFlatCoverage() {
        Random random = new Random(7);
        List<String> s = new ArrayList<>();
        String[] outlets = {"Wire", "Ledger", "Courier", "Diario"};
        for (int d = 0; d < 40; d++) {
            int n = 2 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                s.add(d + " " + (8 + 3 * i) + " " + outlets[(d + i) % 4] + " | " + (random.nextBoolean() ? THREAT : STRIKE));
            }
        }
        Run run = run(s);
        assertThat(run.transitions("cjng")).isEmpty();
    }

    @Test
    void shouldRaiseAtMostWatchForOneSensationalArticleFromOneOutlet() {
        List<String> s = new ArrayList<>(calmWeeks(21));
        s.add("21 9 Tabloid | " + STRIKE + " " + STRIKE.replace("camps", "bases") + " " + THREAT + " "
                + STRIKE.replace("camps", "convoys"));
        Run run = run(s);
        assertThat(run.maxLevel("cjng")).isLessThanOrEqualTo(Level.WATCH);
        assertThat(run.signals().get("cjng").getStories()).isLessThanOrEqualTo(1);
    }

    @Test
    void shouldNotRaiseConflictOnAVolumeSpikeOfCooperativeNews() {
        List<String> s = new ArrayList<>(calmWeeks(21));
        String[] outlets = {"Wire", "Ledger", "Courier", "Diario", "Herald", "Times"};
        for (int i = 0; i < 18; i++) {
            s.add("21 " + (6 + i / 2) + " " + outlets[i % outlets.length] + " | " + COOPERATION);
        }
        Run run = run(s);
        for (String subject : List.of("usa", "mex", "claudia-sheinbaum", "donald-trump", "claudia-sheinbaum>donald-trump")) {
            assertThat(run.transitions(subject)).as(subject).isEmpty();
        }
        assertThat(run.signals().get("claudia-sheinbaum").getCooperation()).isGreaterThan(0);
    }

    @Test
    void shouldCountOneWireStoryFromFiveOutletsAsOneStoryWithFiveSources() {
        String wire = "wire:" + STRIKE + " Officials said the operation lasted several hours near the border, and "
                + "residents described helicopters and armoured vehicles on the main road before dawn on Tuesday.";
        List<String> s = List.of(
                "30 9 Wire w1 | " + wire,
                "30 10 Ledger w2 | " + wire.replace("before dawn", "early"),
                "30 11 Courier w3 | " + wire.replace("Officials said", "Officials told reporters"),
                "30 12 Diario w4 | " + wire + " The ministry did not comment.",
                "30 13 Herald w5 | " + wire.replace("on Tuesday", "this week"));
        Run run = run(s);
        EscalationSignal cjng = run.signals().get("cjng");
        assertThat(cjng.getStories()).isEqualTo(1);
        assertThat(cjng.getSources()).isEqualTo(5);
        // five outlets weigh more than one copy, less than five separate stories
        assertThat(cjng.getObserved()).isGreaterThan(9.0).isLessThan(45.0);
    }

    @Test
    void shouldUndoAnAlertsCauseWhenAnArticleIsRetracted() {
        List<String> s = new ArrayList<>(calmWeeks(21));
        s.addAll(List.of("21 8 Wire s1 | " + STRIKE, "21 9 Ledger s2 | " + STRIKE, "21 10 Courier s3 | " + STRIKE));
        Run before = run(s);
        assertThat(before.maxLevel("cjng")).isGreaterThanOrEqualTo(Level.WARNING);
        List<String> withRetractions = new ArrayList<>(s);
        withRetractions.addAll(List.of("retract s2", "retract s3"));
        Run after = run(withRetractions);
        assertThat(after.signals().get("cjng").getStories()).isEqualTo(1);
        assertThat(after.signals().get("cjng").getLevel().ordinal()).isLessThan(Level.WARNING.ordinal());
        assertThat(after.alerts().get(after.alerts().size() - 1).getToLevel().ordinal())
                .isLessThan(Level.WARNING.ordinal());
        // and the result equals a run that never had those articles
        List<String> never = new ArrayList<>(calmWeeks(21));
        never.add("21 8 Wire s1 | " + STRIKE);
        Run without = run(never);
        assertThat(after.signals().get("cjng").getObserved()).isEqualTo(without.signals().get("cjng").getObserved());
        assertThat(after.signals().get("cjng").getStories()).isEqualTo(without.signals().get("cjng").getStories());
        // every subject's final signal equals the run without the retracted articles (the level history differs:
        // the alerts that were raised stay raised, followed by the alerts that take them back)
        // (stream time itself moved on with the retractions, so the time fields are not compared)
        assertThat(substance(after.signals())).isEqualTo(substance(without.signals()));
    }

    @Test
    void shouldGiveTheSameSignalsAndAlertsWhenTheSameArticlesAreReplayed() {
        List<String> s = new ArrayList<>(calmWeeks(21));
        s.addAll(List.of("21 9 Wire | " + THREAT, "22 8 Wire | " + STRIKE, "22 9 Ledger | " + STRIKE, "22 10 Courier | " + STRIKE));
        Run first = run(s);
        Run second = run(s);
        assertThat(second.signals()).isEqualTo(first.signals());
        assertThat(second.alerts()).hasSameSizeAs(first.alerts());
        for (int i = 0; i < first.alerts().size(); i++) {
            EscalationAlert a = EscalationAlert.newBuilder(first.alerts().get(i)).setDetectionTime(Instant.EPOCH).build();
            EscalationAlert b = EscalationAlert.newBuilder(second.alerts().get(i)).setDetectionTime(Instant.EPOCH).build();
            assertThat(b).isEqualTo(a);
        }
    }
}
