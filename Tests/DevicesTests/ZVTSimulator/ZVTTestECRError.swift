/// Why the test's ECR gave up; a timeout names what it was waiting for.
enum ZVTTestECRError: Error {
    case openFailed(String)
    case timeout(String)
    case noAcknowledgement
}
