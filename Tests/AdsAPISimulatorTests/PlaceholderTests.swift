import Testing

@testable import AdsAPISimulator

@Test func simulatorBuilds() {
    #expect(Bool(true))
}
