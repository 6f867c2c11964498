import Devices
import Testing

@Suite struct CardNumberRedactorTests {
    @Test func luhnValidNumbersAreMaskedToTheirLastFourDigits() {
        #expect(CardNumberRedactor.redact("Karte 4111 1111 1111 1111") == "Karte ************1111")
        #expect(CardNumberRedactor.redact("PAN: 5500-0000-0000-0004.") == "PAN: ************0004.")
        #expect(CardNumberRedactor.redact("4111111111111111") == "************1111")
        #expect(CardNumberRedactor.redact("Amex 378282246310005 ok") == "Amex ***********0005 ok")
    }

    @Test func aCardNumberFollowedByAnExpiryDateIsStillFound() {
        let line = "4111 1111 1111 1111 12 27"
        #expect(CardNumberRedactor.containsCardNumber(line))
        #expect(CardNumberRedactor.redact(line) == "************1111 12 27")
    }

    @Test func luhnInvalidDigitRunsAreUntouched() {
        let lines = [
            "Beleg-Nr. 0042  Trace 000123",
            "Datum 01.02.2025 12:34",
            "Betrag EUR 110,00",
            "Terminal-ID 52500038",
            "4111 1111 1111 1112",
            "",
        ]
        for line in lines {
            #expect(CardNumberRedactor.redact(line) == line)
            #expect(!CardNumberRedactor.containsCardNumber(line))
        }
    }

    @Test func maskKeepsAtMostTheLastFourDigits() {
        #expect(CardNumberRedactor.mask("411111******1111") == "************1111")
        #expect(CardNumberRedactor.mask("************1111") == "************1111")
        #expect(CardNumberRedactor.mask("123") == "123")
    }
}
