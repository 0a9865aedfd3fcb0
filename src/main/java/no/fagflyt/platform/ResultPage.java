package no.fagflyt.platform;

import java.util.List;

/**
 * One page of a long list read with LIMIT/OFFSET. Queries fetch one row more than a page holds, which
 * tells whether a next page exists without counting the whole list.
 *
 * @param rows the rows of this page
 * @param page zero-based page number
 * @param pageSize rows per page
 * @param hasNext whether rows follow this page
 */
public record ResultPage<T>(List<T> rows, int page, int pageSize, boolean hasNext) {

    /** Builds the page from the rows fetched with {@code limit pageSize + 1 offset page * pageSize}. */
    public static <T> ResultPage<T> of(List<T> fetched, int page, int pageSize) {
        boolean hasNext = fetched.size() > pageSize;
        return new ResultPage<>(hasNext ? List.copyOf(fetched.subList(0, pageSize)) : List.copyOf(fetched), page,
                pageSize, hasNext);
    }

    /** The highest page number a request may ask for; its offset stays far inside an int for any page size. */
    static final int MAX_PAGE = 100_000;

    /** A page number from a request parameter: never negative, and never so far out that the offset overflows. */
    public static int safePage(int requested) {
        return Math.min(Math.max(requested, 0), MAX_PAGE);
    }

    public int offset() {
        return page * pageSize;
    }

    /** One-based number of the first row shown, for "Viser 101–200 av …". */
    public int firstRowNumber() {
        return rows.isEmpty() ? 0 : offset() + 1;
    }

    public int lastRowNumber() {
        return offset() + rows.size();
    }

}
