import Glibc
import Synchronization
import Testing

@testable import AdsAPISimulator

@Suite struct HTTPServerTests {
    @Test func keepAliveServesTwoRequests() throws {
        let session = try Session()
        let connection = try TestConnection(port: splitURL(session.simulator.apiURL).port)
        connection.sendRequest("GET", "/v2/profiles", headers: session.headers())
        let first = try connection.readResponse()
        connection.sendRequest("GET", "/v2/profiles", headers: session.headers())
        let second = try connection.readResponse()
        #expect(first.status == 200)
        #expect(second.status == 200)
        #expect(first.header("x-amzn-RequestId") != second.header("x-amzn-RequestId"))
        #expect(first.header("x-amzn-RequestId")?.count == 36)
    }

    @Test func connectionCloseIsHonoured() throws {
        let simulator = try APISimulator()
        let connection = try TestConnection(port: splitURL(simulator.apiURL).port)
        connection.sendRequest("GET", "/v2/profiles", headers: [("Connection", "close")])
        let response = try connection.readResponse()
        #expect(response.header("Connection") == "close")
        #expect(connection.waitForClose())
    }

    @Test func malformedRequestIs400ThenServes() throws {
        let simulator = try APISimulator()
        let port = splitURL(simulator.apiURL).port
        let connection = try TestConnection(port: port)
        connection.send("THIS IS NOT HTTP\r\n\r\n")
        let response = try connection.readResponse()
        #expect(response.status == 400)
        #expect(connection.waitForClose())
        let next = try fetch("GET", simulator.apiURL + "/v2/profiles")
        #expect(next.status == 401)
    }

    @Test func tooManyHeadersIs431() throws {
        let simulator = try APISimulator()
        let headers = (0..<150).map { ("X-Extra-\($0)", "1") }
        let response = try fetch("GET", simulator.apiURL + "/v2/profiles", headers: headers)
        #expect(response.status == 431)
    }

    @Test func oversizedBodyIs413() throws {
        let simulator = try APISimulator()
        let connection = try TestConnection(port: splitURL(simulator.apiURL).port)
        connection.send("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 999999999\r\n\r\n")
        #expect(try connection.readResponse().status == 413)
    }

    @Test func chunkedRequestBodyAndExpectContinue() throws {
        let simulator = try APISimulator()
        let connection = try TestConnection(port: splitURL(simulator.apiURL).port)
        connection.send(
            "POST /auth/o2/token HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                + "Expect: 100-continue\r\n\r\n")
        let interim = try connection.readInterim()
        #expect(interim.hasPrefix("HTTP/1.1 100 Continue"))
        connection.send("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        _ = try connection.readResponse(method: "POST")
        let recorded = try #require(simulator.recordedRequests().last)
        #expect(String(decoding: recorded.body, as: UTF8.self) == "hello world")
    }

    @Test(arguments: [
        "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\n",
        "POST /x HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
        "POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        "GET /x HTTP/2.0\r\n\r\n",
        "GET /x HTTP/1.1\r\nBad Header: 1\r\n\r\n",
    ])
    func hostileRequestIsRejected(text: String) throws {
        let simulator = try APISimulator()
        let connection = try TestConnection(port: splitURL(simulator.apiURL).port)
        connection.send(text)
        let response = try connection.readResponse()
        #expect([400, 413].contains(response.status))
        #expect(connection.waitForClose())
    }

    @Test func http10ClosesAfterResponse() throws {
        let simulator = try APISimulator()
        let connection = try TestConnection(port: splitURL(simulator.apiURL).port)
        connection.send("GET /v2/profiles HTTP/1.0\r\n\r\n")
        #expect(try connection.readResponse().status == 401)
        #expect(connection.waitForClose())
    }

    @Test func headRequestHasNoBody() throws {
        let simulator = try APISimulator()
        let connection = try TestConnection(port: splitURL(simulator.apiURL).port)
        connection.sendRequest("HEAD", "/v2/profiles")
        let head = try connection.readResponse(method: "HEAD")
        #expect(head.status == 401)
        connection.sendRequest("GET", "/v2/profiles")
        #expect(try connection.readResponse().status == 401)
    }

    @Test func clientDisconnectDoesNotStopServer() throws {
        let simulator = try APISimulator()
        for _ in 0..<20 {
            let connection = try TestConnection(port: splitURL(simulator.apiURL).port)
            connection.send("GET /v2/prof")
        }
        #expect(try fetch("GET", simulator.apiURL + "/v2/profiles").status == 401)
    }
}

extension TestConnection {
    /// Reads the interim `100 Continue` head as text.
    func readInterim() throws -> String {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while !bytes.reversed().starts(with: [10, 13, 10, 13]) {
            guard recv(socketFD, &byte, 1, 0) == 1 else {
                throw TestHTTPError.closed(received: bytes.count)
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

@Suite struct SimulatorLifecycleTests {
    @Test func stopClosesListeners() throws {
        let simulator = try APISimulator()
        let port = splitURL(simulator.apiURL).port
        let open = try TestConnection(port: port)
        simulator.stop()
        #expect(open.waitForClose())
        #expect(throws: TestHTTPError.self) { try TestConnection(port: port) }
        simulator.stop()
    }

    @Test func releasingSimulatorStopsIt() throws {
        var simulator: APISimulator? = try APISimulator()
        let port = splitURL(simulator!.apiURL).port
        _ = try fetch("GET", simulator!.apiURL + "/v2/profiles")
        simulator = nil
        #expect(throws: TestHTTPError.self) { try TestConnection(port: port) }
    }

    @Test func configuredDelayPostponesResponses() throws {
        var configuration = SimulatorConfiguration()
        configuration.delay = 0.2
        let simulator = try APISimulator(configuration: configuration)
        let clock = ContinuousClock()
        let start = clock.now
        _ = try fetch("GET", simulator.apiURL + "/v2/profiles")
        #expect(clock.now - start >= .milliseconds(200))
    }

    @Test func fixedPortIsUsed() throws {
        let probe = try APISimulator()
        let port = splitURL(probe.apiURL).port
        probe.stop()
        var configuration = SimulatorConfiguration()
        configuration.port = port
        let simulator = try APISimulator(configuration: configuration)
        #expect(simulator.apiURL == "http://127.0.0.1:\(port)")
        #expect(throws: SimulatorError.self) { try APISimulator(configuration: configuration) }
    }
}

@Suite struct ResponseHeaderTests {
    @Test func everyResponseHasStandardHeaders() throws {
        let simulator = try APISimulator()
        let response = try fetch("GET", simulator.apiURL + "/v2/profiles")
        #expect(response.header("Content-Type") == "application/json")
        #expect(response.header("Content-Length") == String(response.body.count))
        #expect(response.header("Date")?.hasSuffix(" GMT") == true)
        let requestID = try #require(response.header("x-amzn-RequestId"))
        #expect(requestID.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
    }
}

@Suite struct ConcurrencyTests {
    @Test func parallelKeepAliveClients() throws {
        let session = try Session()
        let port = splitURL(session.simulator.apiURL).port
        let headers = session.headers()
        let failures = Mutex(0)
        var threads: [pthread_t] = []
        for _ in 0..<8 {
            let thread = ThreadLauncher.start {
                guard let connection = try? TestConnection(port: port) else {
                    failures.withLock { $0 += 20 }
                    return
                }
                for _ in 0..<20 {
                    connection.sendRequest("GET", "/v2/profiles", headers: headers)
                    if (try? connection.readResponse())?.status != 200 {
                        failures.withLock { $0 += 1 }
                    }
                }
            }
            threads.append(try #require(thread))
        }
        for thread in threads {
            pthread_join(thread, nil)
        }
        #expect(failures.withLock { $0 } == 0)
        #expect(session.simulator.recordedRequests().count == 1 + 8 * 20)
    }
}
