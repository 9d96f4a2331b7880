package dev.escmon.avro;

import org.apache.kafka.common.serialization.Serde;

/** A topic declared once, with the serdes its keys and values are written in. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
}
