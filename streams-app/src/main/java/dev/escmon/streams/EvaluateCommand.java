package dev.escmon.streams;

import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryExtractor;
import dev.escmon.recognition.DictionaryLoader;
import dev.escmon.recognition.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measure recognition against an annotated corpus: precision, recall and F1 per language,",
                "for actors (per article) and cue codes (per sentence). Default: the bundled evaluation corpus."})
public final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD.jsonl", description = "Annotated corpus (JSON lines).")
    Path gold;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "Dictionary JSON (default: the bundled one).")
    Path dictionaryFile;

    @Option(names = "--errors", description = "Also list every disagreement with the annotation.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        Dictionary dictionary = dictionaryFile == null ? DictionaryLoader.loadDefault() : DictionaryLoader.load(dictionaryFile);
        List<Evaluation.GoldArticle> articles;
        if (gold == null) {
            articles = Evaluation.loadDefault();
        } else {
            try (InputStream in = Files.newInputStream(gold)) {
                articles = Evaluation.parse(in);
            }
        }
        Map<String, Evaluation.LanguageResult> results = Evaluation.run(new DictionaryExtractor(dictionary), articles);
        System.out.println("dictionary " + dictionary.version() + ", " + articles.size() + " annotated articles");
        System.out.print(Evaluation.table(results));
        if (errors) {
            results.values().forEach(r -> r.errors().forEach(e -> System.out.println(r.language() + " " + e)));
        }
        return 0;
    }
}
