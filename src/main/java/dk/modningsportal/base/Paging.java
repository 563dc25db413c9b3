package dk.modningsportal.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

public final class Paging {

    private Paging() {
    }

    /** Lists show the most recently changed items first unless the user sorted otherwise. */
    public static Pageable newestFirstUnlessSorted(Pageable page) {
        if (page.getSort().isSorted()) {
            return page;
        }
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "changedAt"));
    }
}
