package io.o2o.fulfilment;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = "io.o2o.fulfilment")
@ConfigurationPropertiesScan
@EnableProcessApplication("o2o-fulfilment")
@EnableScheduling
public class FulfilmentApplication {

    public static void main(String[] args) {
        SpringApplication.run(FulfilmentApplication.class, args);
    }
}
