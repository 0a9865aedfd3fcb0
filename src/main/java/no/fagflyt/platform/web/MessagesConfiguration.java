package no.fagflyt.platform.web;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module keeps its Norwegian texts in its own bundle, {@code i18n/<module>.properties}; every such
 * bundle on the class path is picked up, so adding a module needs no central list.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        String[] basenames = Arrays.stream(bundles)
            .map(Resource::getFilename)
            .filter(name -> name != null && !name.contains("_"))
            .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
            .distinct()
            .sorted()
            .toArray(String[]::new);
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

}
