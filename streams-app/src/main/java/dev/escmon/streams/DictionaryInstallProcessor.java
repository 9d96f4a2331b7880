package dev.escmon.streams;

import dev.escmon.recognition.Dictionary;
import dev.escmon.recognition.DictionaryLoader;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Global-store processor of the {@code dictionary} topic: every instance reads every record, validates the
 * dictionary and swaps it in without a restart. Also runs when the global store is restored at start-up, so
 * a restarted instance comes back with the dictionary last published. An invalid dictionary is refused with
 * a clear error and the one in force stays.
 */
final class DictionaryInstallProcessor implements Processor<String, byte[], Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(DictionaryInstallProcessor.class);
    private final String storeName;
    private final DictionaryHolder holder;
    private KeyValueStore<String, byte[]> store;

    DictionaryInstallProcessor(String storeName, DictionaryHolder holder) {
        this.storeName = storeName;
        this.holder = holder;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            LOG.warn("dictionary tombstone for key {} ignored: the dictionary in force ({}) stays", record.key(),
                    holder.dictionaryVersion());
            return;
        }
        Dictionary dictionary;
        try {
            dictionary = DictionaryLoader.parse(record.value(), "dictionary topic record " + record.key());
        } catch (RuntimeException e) {
            LOG.error("refused a dictionary from the dictionary topic; keeping {}: {}", holder.dictionaryVersion(),
                    e.getMessage());
            return;
        }
        holder.install(dictionary);
        store.put(record.key(), record.value());
        LOG.info("dictionary {} installed ({} actors, {} cues)", dictionary.version(), dictionary.actors().size(),
                dictionary.cues().size());
    }
}
