// Package bureau is the reference labour-bureau endpoint of PROTOCOL.md:
// it checks signatures, validates records as a provincial platform would,
// stores each record id+version once in its own bbolt file, and can inject
// faults (500s, dropped connections, answers lost after storing), latency
// and rate limits so the client's retry logic can be tested for real.
package bureau
