package io.o2o.fulfilment.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param password the password of every demo user; set only in the demo profile */
@ConfigurationProperties("o2o.demo")
record DemoProperties(boolean enabled, String password) {
}
