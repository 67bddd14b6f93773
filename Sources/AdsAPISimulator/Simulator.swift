/// Placeholder replaced by the simulator's server.
public enum SimulatorPlaceholder {}
