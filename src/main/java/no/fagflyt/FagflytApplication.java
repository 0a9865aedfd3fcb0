package no.fagflyt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class FagflytApplication {

    public static void main(String[] args) {
        SpringApplication.run(FagflytApplication.class, args);
    }

}
