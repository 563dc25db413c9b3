package dk.modningsportal.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where (:pattern is null or lower(o.name) like :pattern escape '!') order by o.name")
    List<Organisation> search(String pattern);

    @Query("select o from Organisation o where o.active = true order by o.name")
    List<Organisation> findActive();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    boolean existsByKind(OrganisationKind kind);

    @Query("select o from Organisation o where o.kind = :kind order by o.id")
    List<Organisation> findByKind(OrganisationKind kind);
}
