// The engine's command declaration as the commands use it (bound to this app's services in the next step).
export * from "../../src/engine/command";
