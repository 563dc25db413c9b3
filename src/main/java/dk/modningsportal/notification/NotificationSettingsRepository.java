package dk.modningsportal.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingsRepository extends JpaRepository<NotificationSettings, Long> {

    Optional<NotificationSettings> findByUserId(long userId);

    List<NotificationSettings> findByUserIdIn(Collection<Long> userIds);
}
