import Glibc
import Testing

@testable import AdsAPISimulator

@Suite struct FaultSwitchTests {
    @Test func resetClosesMidBody() throws {
        let simulator = try APISimulator()
        #expect(throws: TestHTTPError.self) {
            try fetch("GET", simulator.apiURL + "/_faults/reset")
        }
    }

    @Test func wrongLengthClosesEarly() throws {
        let simulator = try APISimulator()
        #expect(throws: TestHTTPError.self) {
            try fetch("GET", simulator.apiURL + "/_faults/wrong-length")
        }
    }

    @Test func badChunkedIsInvalid() throws {
        let simulator = try APISimulator()
        #expect(throws: TestHTTPError.self) {
            try fetch("GET", simulator.apiURL + "/_faults/bad-chunked")
        }
    }

    @Test func badGzipIsNotGzip() throws {
        let simulator = try APISimulator()
        let response = try fetch("GET", simulator.apiURL + "/_faults/bad-gzip")
        #expect(response.header("Content-Encoding") == "gzip")
        #expect(Gzip.decompress(response.body) == nil)
    }

    @Test func hugeStreamsExactSize() throws {
        let simulator = try APISimulator()
        for size in [3, 4, 1001] {
            let response = try fetch("GET", simulator.apiURL + "/_faults/huge?bytes=\(size)")
            #expect(response.header("Transfer-Encoding") == "chunked")
            #expect(response.body.count == size)
            #expect(response.json?.arrayValue != nil)
        }
        // Parsing a large array is slow in a debug build, so only its size and ends are checked.
        let large = try fetch("GET", simulator.apiURL + "/_faults/huge?bytes=3000000")
        #expect(large.body.count == 3_000_000)
        #expect(large.body.first == UInt8(ascii: "["))
        #expect(large.body.last == UInt8(ascii: "]"))
    }

    @Test func manyHeaders() throws {
        let simulator = try APISimulator()
        let response = try fetch("GET", simulator.apiURL + "/_faults/many-headers?count=500")
        #expect(response.headers.filter { $0.name.hasPrefix("X-Filler-") }.count == 500)
    }

    @Test func slowWaits() throws {
        let simulator = try APISimulator()
        let clock = ContinuousClock()
        let start = clock.now
        let response = try fetch("GET", simulator.apiURL + "/_faults/slow?ms=200")
        #expect(response.status == 200)
        #expect(clock.now - start >= .milliseconds(200))
    }

    @Test func redirectAndLoop() throws {
        let simulator = try APISimulator()
        let redirect = try fetch(
            "GET", simulator.apiURL + "/_faults/redirect?to=http%3A%2F%2F127.0.0.1%3A1%2Fx&code=308"
        )
        #expect(redirect.status == 308)
        #expect(redirect.header("Location") == "http://127.0.0.1:1/x")
        let loop = try fetch("GET", simulator.apiURL + "/_faults/redirect-loop")
        #expect(loop.status == 302)
        #expect(loop.header("Location") == "/_faults/redirect-loop?hop=1")
    }

    @Test func binaryIsOctetStream() throws {
        let simulator = try APISimulator()
        let response = try fetch("GET", simulator.apiURL + "/_faults/binary?bytes=4096")
        #expect(response.header("Content-Type") == "application/octet-stream")
        #expect(response.body.count == 4096)
    }

    @Test func stallNeverAnswersUntilStop() throws {
        let simulator = try APISimulator()
        let connection = try TestConnection(port: splitURL(simulator.apiURL).port)
        var timeout = timeval(tv_sec: 0, tv_usec: 300_000)
        setsockopt(
            connection.socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout,
            socklen_t(MemoryLayout<timeval>.size))
        connection.sendRequest("GET", "/_faults/stall")
        var byte: UInt8 = 0
        let received = recv(connection.socketFD, &byte, 1, 0)
        #expect(received < 0)
        simulator.stop()
        #expect(connection.waitForClose())
    }

    @Test func statusSwitch() throws {
        let simulator = try APISimulator()
        #expect(try fetch("GET", simulator.apiURL + "/_faults/status?code=502").status == 502)
        #expect(try fetch("GET", simulator.apiURL + "/_faults/status?code=404").status == 404)
        #expect(try fetch("GET", simulator.apiURL + "/_faults/nope").status == 404)
    }
}
