/**
 * Documents the portal renders for people to take away: spreadsheets (Excel and CSV) with cells as a person
 * reads them, and reports as Word, PDF and PowerPoint files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
package dk.modningsportal.export;
