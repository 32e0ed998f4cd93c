package io.newswatch.kafka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the annotated test class (and its nested classes) an embedded broker of its own, started
 * before its first test that asks for a {@link KafkaCluster} and closed after its last test. Use it
 * for fault tests that call {@link KafkaCluster#stop()}, so other classes never see the outage.
 * The isolated broker is always the embedded one, also where Docker is available, because a
 * container comes back on a different port after a restart.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IsolatedBroker {}
