package no.fagflyt.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * When the database cannot be reached the person gets a calm "try again shortly" page. The connection
 * pool keeps trying in the background, so the application recovers on its own when the database is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableAdvice.class);

    @ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class })
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String databaseUnavailable(Exception ex) {
        log.warn("Database unavailable: {}", ex.getMessage());
        return "error/503";
    }

}
