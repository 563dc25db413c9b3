package dk.modningsportal.plan;

public enum Venue {
    VIRTUAL, PHONE, AT_ORGANISATION, SOCIALSTYRELSEN_ODENSE, OTHER
}
