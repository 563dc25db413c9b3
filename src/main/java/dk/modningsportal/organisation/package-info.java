/** The participants: municipalities, § 110 shelters and associations, plus Socialstyrelsen and evaluators. */
package dk.modningsportal.organisation;
