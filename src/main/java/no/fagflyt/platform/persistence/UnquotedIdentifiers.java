package no.fagflyt.platform.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.stereotype.Component;

/**
 * Spring Data JDBC quotes identifiers in the case its H2 dialect prefers (upper), while our schema is
 * written in lower case and H2 runs with DATABASE_TO_LOWER. Unquoted names fold the same way on H2 and
 * PostgreSQL, so the same SQL works on both.
 */
@Component
class UnquotedIdentifiers implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
            context.setForceQuote(false);
        }
        return bean;
    }

}
