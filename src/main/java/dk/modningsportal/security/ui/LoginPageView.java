package dk.modningsportal.security.ui;

import dk.modningsportal.security.LoginPage;

/** Tells the security set-up which view is the login page. */
@org.springframework.stereotype.Component
class LoginPageView implements LoginPage {

    @Override
    public Class<LoginView> view() {
        return LoginView.class;
    }
}
