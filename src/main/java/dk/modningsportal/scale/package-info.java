/**
 * National-scale data sets for benchmarks and load tests ({@code ./portal generate}); never part of a running
 * portal's work.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dashboard"})
package dk.modningsportal.scale;
