package dk.modningsportal.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntry, String> {
}
