package dev.escmon.streams;

import dev.escmon.avro.Topics;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.kafka.common.acl.AclOperation.CREATE;
import static org.apache.kafka.common.acl.AclOperation.DELETE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;

/**
 * The ACLs the streams app and the article publisher need on a cluster that enforces ACLs, and no more
 * (docs/SECURITY.md lists them; SecurityIT proves they suffice on a broker that denies everything else).
 * Public topics are granted one by one (LITERAL), so the app cannot touch other topics sharing its prefix.
 * READ, WRITE and DELETE imply DESCRIBE, so DESCRIBE is never listed.
 */
public final class AppAcls {
    private AppAcls() {
    }

    /**
     * @param principal     e.g. {@code User:escmon}
     * @param applicationId the app's {@code application.id}: its consumer group, the prefix of its internal
     *                      topics and of its transactional ids
     */
    public static List<AclBinding> streamsApp(String principal, String applicationId, Topics topics) {
        List<AclBinding> acls = new ArrayList<>();
        // CREATE: the app creates its public topics when they are missing (not needed when they exist)
        // inputs: the article log and the dictionary (read by a global consumer: no group)
        for (String input : List.of(topics.articles().name(), topics.dictionary().name())) {
            allow(acls, principal, topic(input, PatternType.LITERAL), READ, CREATE);
        }
        // outputs, and the dead letters Kafka Streams writes for articles it cannot read
        for (String output : List.of(topics.actorCounts().name(), topics.signals().name(), topics.alerts().name(),
                topics.deadLetter(topics.articles().name()))) {
            allow(acls, principal, topic(output, PatternType.LITERAL), WRITE, CREATE);
        }
        // the schemas topic: the app resolves writer schemas newer than its build there and publishes its own
        allow(acls, principal, topic(topics.schemas(), PatternType.LITERAL), READ, WRITE, CREATE);
        // internal topics <application.id>-...-repartition/-changelog: Kafka Streams creates and checks them
        // (DESCRIBE_CONFIGS) and purges consumed repartition records (DELETE)
        allow(acls, principal, topic(applicationId + "-", PatternType.PREFIXED),
                READ, WRITE, CREATE, DESCRIBE_CONFIGS, DELETE);
        // the consumer group is the application.id
        allow(acls, principal, new ResourcePattern(ResourceType.GROUP, applicationId, PatternType.LITERAL), READ);
        // exactly_once_v2: one transactional id per stream thread, <application.id>-<process id>-<thread>
        allow(acls, principal, new ResourcePattern(ResourceType.TRANSACTIONAL_ID, applicationId + "-",
                PatternType.PREFIXED), WRITE);
        return acls;
    }

    /**
     * What {@code publish} (an idempotent producer, no transactions) needs: write the articles topic, and
     * publish its writer schema to the schemas topic (read first, so it is written once; created if missing).
     */
    public static List<AclBinding> publisher(String principal, Topics topics) {
        List<AclBinding> acls = new ArrayList<>();
        allow(acls, principal, topic(topics.articles().name(), PatternType.LITERAL), WRITE);
        allow(acls, principal, topic(topics.schemas(), PatternType.LITERAL), READ, WRITE, CREATE);
        return acls;
    }

    private static ResourcePattern topic(String name, PatternType type) {
        return new ResourcePattern(ResourceType.TOPIC, name, type);
    }

    private static void allow(List<AclBinding> acls, String principal, ResourcePattern resource,
                              AclOperation... operations) {
        for (AclOperation op : operations) {
            acls.add(new AclBinding(resource, new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW)));
        }
    }
}
