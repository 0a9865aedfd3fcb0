package no.fagflyt.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something asked for by id does not exist; shown as the Norwegian 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what) {
        super(what);
    }

}
