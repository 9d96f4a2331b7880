package dev.escmon.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.escmon.avro.Article;
import dev.escmon.producer.ArticleReader;
import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryExtractor;
import dev.escmon.recognition.DictionaryLoader;
import dev.escmon.recognition.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print what recognition finds in an article (any publish format, or - for stdin) as JSON: actors, cues, pairs, dictionary version.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "Article file, or - for stdin.")
    String input;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "Dictionary JSON (default: the bundled one).")
    Path dictionaryFile;

    @Override
    public Integer call() throws Exception {
        Dictionary dictionary = dictionaryFile == null ? DictionaryLoader.loadDefault() : DictionaryLoader.load(dictionaryFile);
        DictionaryExtractor extractor = new DictionaryExtractor(dictionary);
        List<ArticleReader.Parsed> parsed = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        if (input.equals("-")) {
            reader.read(System.in, "stdin", parsed::add);
        } else {
            reader.read(Path.of(input), parsed::add);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        int failures = 0;
        for (ArticleReader.Parsed p : parsed) {
            if (!p.ok()) {
                System.err.println("rejected " + p.error().getMessage());
                failures++;
                continue;
            }
            Article a = p.article();
            Extraction e = extractor.extract(a.getTitle(), a.getBody(), a.getLanguage(), a.getPublishedAt());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("articleId", a.getId());
            out.put("title", a.getTitle());
            out.put("extraction", e);
            System.out.println(json.writeValueAsString(out));
        }
        return failures == 0 ? 0 : 1;
    }
}
